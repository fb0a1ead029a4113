package io.vitrine.chat.handover;

import java.util.List;
import java.util.Optional;

/** Where messages for sellers are kept. */
public interface SellerMessageRepository {

    /** The seller's messages, newest first. */
    List<SellerMessage> findBySeller(String sellerId);

    Optional<SellerMessage> find(String id);

    SellerMessage save(SellerMessage message);
}
