package io.vitrine.platform.models;

import io.vitrine.platform.cluster.Change;
import io.vitrine.platform.cluster.ChangeListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** In a cluster: a version that went live on another node (topic {@value ModelSharing#TOPIC}) serves here too. */
@ApplicationScoped
public class ModelAnnouncements implements ChangeListener {

    @Inject
    Models models;

    @Override
    public String topic() {
        return ModelSharing.TOPIC;
    }

    @Override
    public void apply(Change change) {
        models.lifecycle(change.key()).ifPresent(ModelLifecycle::followSoon);
    }
}
