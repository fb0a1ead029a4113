package io.vitrine.catalog;

import java.util.List;

/**
 * A {@link CatalogService} reading from a {@link CatalogueReadModel} over products in memory, as the shop wires it, for
 * plain tests of the pages of other packages: {@link #change} stores a product and refreshes the read model, as a
 * write through the service does.
 */
public final class ReadModelCatalog {

    private final InMemoryProductRepository database = new InMemoryProductRepository();
    private final CatalogueReadModel readModel = new CatalogueReadModel(database);
    private final CatalogService service = new CatalogService();

    public ReadModelCatalog(List<Product> products) {
        database.saveAll(products);
        service.products = new CatalogueProducts(database, readModel);
        service.readModel = readModel;
        readModel.load();
    }

    public CatalogService service() {
        return service;
    }

    /** Stores {@code product} (a new version of a known one, or a new one) and swaps it into the read model. */
    public void change(Product product) {
        database.save(product);
        readModel.refresh(List.of(product.id()));
    }

    /** A product of the given price and stock, in category "home", sub-category "lighting". */
    public static Product product(String id, String name, long cents, int stock) {
        return Product.builder(new ProductId(id)).seller("maison-aubert").name(LocalizedText.of(name, name + " (fr)"))
                .category("home", "lighting").price(Money.euros(cents)).stock(stock).build();
    }
}
