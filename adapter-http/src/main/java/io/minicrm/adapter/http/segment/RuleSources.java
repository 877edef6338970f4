package io.minicrm.adapter.http.segment;

import java.util.Map;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.domain.shared.Problem;

/** Tells the two forms a client may send a rule in apart: a JSON string is rule text, a JSON object a rule tree. */
final class RuleSources {

    private RuleSources() {}

    static RuleSource of(Object rule) {
        return switch (rule) {
            case String text -> new RuleSource.Text(text);
            case Map<?, ?> tree -> new RuleSource.Tree(RuleJson.read(tree));
            case null, default ->
                throw new CrmException(Problem.Invalid.of(
                        "rule",
                        "a rule is text such as \"total_spend > 5000\" or a JSON rule object such as {\"all\":[…]}"));
        };
    }
}
