package io.minicrm.domain.segment;

import java.util.Arrays;
import java.util.Optional;

/** How a condition compares a field with its value; {@link #code()} is the name adapters exchange. */
public enum Operator {
    EQ("eq"),
    NE("ne"),
    LT("lt"),
    LE("le"),
    GT("gt"),
    GE("ge"),
    BETWEEN("between"),
    IN("in"),
    CONTAINS("contains"),
    STARTS_WITH("starts_with"),
    IS_SET("is_set"),
    BEFORE("before"),
    AFTER("after"),
    WITHIN_LAST("within_last"),
    MORE_THAN_AGO("more_than_ago"),
    HAS_ANY("has_any"),
    HAS_ALL("has_all");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Operator> ofCode(String code) {
        return Arrays.stream(values())
                .filter(operator -> operator.code.equals(code))
                .findFirst();
    }
}
