package dev.forkful.worker;

/** Builds the kitchen that a spec's model calls for. */
public final class Kitchens {
    private Kitchens() {
    }

    public static Kitchen create(KitchenSpec spec, KitchenReport report, Pantry pantry) {
        throw new UnsupportedOperationException("kitchens are not built yet");
    }
}
