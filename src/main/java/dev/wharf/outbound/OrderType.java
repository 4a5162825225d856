package dev.wharf.outbound;

/** STOCK ships from the merchant's stock; NONSTOCK and COLLECTION ship goods still to arrive. */
public enum OrderType {
    STOCK, NONSTOCK, COLLECTION
}
