package io.minicrm.adapter.kafka;

import io.minicrm.application.contract.DispatchQueueContract;
import io.minicrm.application.port.out.DispatchQueue;

class KafkaDispatchQueueTest extends DispatchQueueContract {

    @Override
    protected DispatchQueue newQueue() {
        return KafkaDispatchQueue.start(Brokers.freshTopics(3));
    }
}
