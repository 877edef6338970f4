package io.minicrm.adapter.http.customer;

import java.math.BigDecimal;

import io.minicrm.application.CrmException;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;

/**
 * Custom attributes in JSON: strings are text, numbers are numbers, booleans are flags; date-times travel as text. A
 * number beyond what a double holds arrives as infinity and is refused with the limit every number keeps.
 */
final class AttributeJson {

    private AttributeJson() {}

    static AttributeValue read(String name, Object json) {
        return switch (json) {
            case String text -> new AttributeValue.Text(text);
            case Boolean flag -> new AttributeValue.Flag(flag);
            case BigDecimal number -> new AttributeValue.Decimal(number);
            case Double number
            when number.isInfinite() || number.isNaN() ->
                throw new CrmException(Problem.Invalid.of("attributes." + name, NumberLimits.RULE));
            case Double number -> new AttributeValue.Decimal(BigDecimal.valueOf(number));
            case Float number
            when number.isInfinite() || number.isNaN() ->
                throw new CrmException(Problem.Invalid.of("attributes." + name, NumberLimits.RULE));
            case Number number -> new AttributeValue.Decimal(new BigDecimal(number.toString()));
            case null, default ->
                throw new CrmException(
                        Problem.Invalid.of("attributes." + name, "an attribute is text, a number or true/false"));
        };
    }

    static Object write(AttributeValue value) {
        return switch (value) {
            case AttributeValue.Text text -> text.text();
            case AttributeValue.Decimal decimal -> decimal.number();
            case AttributeValue.Flag flag -> flag.flag();
            case AttributeValue.Moment moment -> moment.instant().toString();
        };
    }
}
