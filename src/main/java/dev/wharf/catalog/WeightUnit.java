package dev.wharf.catalog;

public enum WeightUnit {
    KG, LB, OZ
}
