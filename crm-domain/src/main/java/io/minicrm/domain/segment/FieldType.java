package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;

import java.util.EnumSet;
import java.util.Set;

/** The kind of value a customer field holds, which decides the operators a condition on it may use. */
public enum FieldType {
    NUMBER(EnumSet.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IN, IS_SET)),
    MONEY(EnumSet.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IS_SET)),
    TEXT(EnumSet.of(EQ, NE, IN, CONTAINS, STARTS_WITH, IS_SET)),
    DATETIME(EnumSet.of(EQ, BEFORE, AFTER, BETWEEN, WITHIN_LAST, MORE_THAN_AGO, IS_SET)),
    TAGS(EnumSet.of(HAS_ANY, HAS_ALL, IS_SET)),
    BOOLEAN(EnumSet.of(EQ, NE, IS_SET));

    private final Set<Operator> operators;

    FieldType(Set<Operator> operators) {
        this.operators = Set.copyOf(operators);
    }

    public Set<Operator> operators() {
        return operators;
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }
}
