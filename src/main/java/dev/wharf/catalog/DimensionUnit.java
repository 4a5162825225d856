package dev.wharf.catalog;

public enum DimensionUnit {
    CM, IN
}
