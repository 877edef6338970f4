package io.minicrm.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Figures the engine computed and a few sentences about them that quote no number absent from the figures: a campaign's
 * performance summary, or a send-time suggestion with its evidence.
 */
public record WordedFigures(String text, List<Figure> figures, String source) {

    public WordedFigures {
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
        Objects.requireNonNull(source, "source");
    }
}
