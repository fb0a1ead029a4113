package io.vitrine.catalog;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link SellerRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoSellerRepository implements SellerRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public Optional<Seller> find(String id) {
        return template.find(Seller.class, id);
    }

    @Override
    public List<Seller> findAll() {
        return template.<Seller>select(SelectQuery.builder().from("sellers").sort(Sort.asc("_id")).build()).toList();
    }

    @Override
    public Seller save(Seller seller) {
        return find(seller.id()).isPresent() ? template.update(seller) : template.insert(seller);
    }

    @Override
    public long count() {
        return template.count(Seller.class);
    }
}
