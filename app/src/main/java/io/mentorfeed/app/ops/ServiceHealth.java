package io.mentorfeed.app.ops;

import java.util.function.BooleanSupplier;

/** How the ops server asks one service of this process whether it is alive and whether it is ready for work. */
public record ServiceHealth(String name, BooleanSupplier live, BooleanSupplier ready) {
    public String state() {
        if (!live.getAsBoolean()) {
            return "dead";
        }
        return ready.getAsBoolean() ? "ready" : "starting";
    }
}
