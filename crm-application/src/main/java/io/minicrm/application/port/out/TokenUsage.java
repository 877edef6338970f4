package io.minicrm.application.port.out;

/** The tokens one model call consumed: those of the prompt and those of the answer (thinking included). */
public record TokenUsage(long promptTokens, long answerTokens) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (promptTokens < 0 || answerTokens < 0) {
            throw new IllegalArgumentException("token counts are never negative");
        }
    }

    public long total() {
        return promptTokens + answerTokens;
    }
}
