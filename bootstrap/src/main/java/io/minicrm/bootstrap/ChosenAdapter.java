package io.minicrm.bootstrap;

import java.util.List;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * Holds when any of its selectors names its adapter, read as {@link AdapterChoice#parse} reads it, so that a bean that
 * needs an adapter is there exactly when it is chosen. An unknown name matches nothing; {@link AdapterChoices} fails the
 * start for it.
 */
abstract class ChosenAdapter implements Condition {

    private final String adapter;
    private final List<AdapterChoice> selectors;

    ChosenAdapter(String adapter, AdapterChoice... selectors) {
        for (AdapterChoice selector : selectors) {
            if (!selector.offers(adapter)) {
                throw new IllegalArgumentException(selector.variable() + " has no adapter " + adapter);
            }
        }
        this.adapter = adapter;
        this.selectors = List.of(selectors);
    }

    @Override
    public boolean matches(ConditionContext context) {
        return selectors.stream()
                .anyMatch(selector ->
                        selector.readFrom(context).filter(adapter::equals).isPresent());
    }
}
