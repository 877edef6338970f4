package io.minicrm.application.port.out.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.out.SuppressionStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Each forwarding base class passes every call of its port, default methods included, and its answer, unchanged. */
class ForwardingTest {

    /** Every driven port, with a forwarding decorator that changes nothing. */
    private static final Map<Class<?>, Function<Object, Object>> DECORATORS = Map.ofEntries(
            Map.entry(CustomerStore.class, port -> new ForwardingCustomerStore((CustomerStore) port) {}),
            Map.entry(OrderStore.class, port -> new ForwardingOrderStore((OrderStore) port) {}),
            Map.entry(SegmentStore.class, port -> new ForwardingSegmentStore((SegmentStore) port) {}),
            Map.entry(CampaignStore.class, port -> new ForwardingCampaignStore((CampaignStore) port) {}),
            Map.entry(DeliveryStore.class, port -> new ForwardingDeliveryStore((DeliveryStore) port) {}),
            Map.entry(ImportJobStore.class, port -> new ForwardingImportJobStore((ImportJobStore) port) {}),
            Map.entry(EventPublisher.class, port -> new ForwardingEventPublisher((EventPublisher) port) {}),
            Map.entry(EventStream.class, port -> new ForwardingEventStream((EventStream) port) {}),
            Map.entry(Cache.class, port -> new ForwardingCache((Cache) port) {}),
            Map.entry(DispatchQueue.class, port -> new ForwardingDispatchQueue((DispatchQueue) port) {}),
            Map.entry(MessageChannel.class, port -> new ForwardingMessageChannel((MessageChannel) port) {}),
            Map.entry(MessageWriter.class, port -> new ForwardingMessageWriter((MessageWriter) port) {}),
            Map.entry(IdGenerator.class, port -> new ForwardingIdGenerator((IdGenerator) port) {}),
            Map.entry(LanguageModel.class, port -> new ForwardingLanguageModel((LanguageModel) port) {}),
            Map.entry(SuppressionStore.class, port -> new ForwardingSuppressionStore((SuppressionStore) port) {}));

    static Stream<Class<?>> ports() {
        return Stream.of(
                Cache.class,
                CampaignStore.class,
                CustomerStore.class,
                DeliveryStore.class,
                DispatchQueue.class,
                EventPublisher.class,
                EventStream.class,
                IdGenerator.class,
                ImportJobStore.class,
                LanguageModel.class,
                MessageChannel.class,
                MessageWriter.class,
                OrderStore.class,
                SegmentStore.class,
                SuppressionStore.class);
    }

    @ParameterizedTest
    @MethodSource("ports")
    void every_call_and_its_answer_pass_through_unchanged(Class<?> port) throws Exception {
        List<Call> calls = new ArrayList<>();
        Object delegate =
                Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, arguments) -> {
                    Object answer = answerFor(method.getReturnType());
                    calls.add(new Call(method, arguments == null ? List.of() : Arrays.asList(arguments), answer));
                    return answer;
                });
        Object decorated = DECORATORS.get(port).apply(delegate);

        for (Method method : port.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            calls.clear();
            Object[] arguments = Arrays.stream(method.getParameterTypes())
                    .map(ForwardingTest::argumentFor)
                    .toArray();

            Object answer = invoke(method, decorated, arguments);

            assertThat(calls).as(method.toString()).singleElement().satisfies(call -> {
                assertThat(call.method()).isEqualTo(method);
                assertThat(call.arguments()).containsExactly(arguments);
                assertThat(answer).isSameAs(call.answer());
            });
        }
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw new AssertionError(method + " threw", thrown.getCause());
        }
    }

    /** An answer told apart from every other by its identity. */
    private static Object answerFor(Class<?> type) {
        if (type == Mono.class) {
            return Mono.fromCallable(Object::new);
        }
        if (type == Flux.class) {
            return Flux.defer(Flux::empty);
        }
        if (type == String.class) {
            return new String("id");
        }
        throw new IllegalArgumentException("no answer made for " + type);
    }

    private static Object argumentFor(Class<?> type) {
        if (type == long.class) {
            return 7L;
        }
        if (type == int.class) {
            return 7;
        }
        if (type == Class.class) {
            return String.class;
        }
        return null;
    }

    private record Call(Method method, List<Object> arguments, Object answer) {}
}
