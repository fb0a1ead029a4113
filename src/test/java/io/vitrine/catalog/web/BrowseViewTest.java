package io.vitrine.catalog.web;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.SubCategory;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.platform.web.PageLink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shelf's plain links carry the parameters its h:links did, in the same order, and toggle filters the same way. */
class BrowseViewTest {

    private final BrowseView view = new BrowseView();

    BrowseViewTest() {
        view.language = LanguageBean.speaking("en");
    }

    @Test
    void aLinkKeepsTheGivenParametersInOrderEncodedAndLeavesOutTheOthers() {
        assertEquals("/catalog/browse.xhtml", BrowseView.href(null, null, null, null, null));
        assertEquals("/catalog/browse.xhtml?category=home&sub=lighting&price=25-50&sort=price_asc&page=2",
                BrowseView.href("home", "lighting", "25-50", "price_asc", 2));
        assertEquals("/catalog/browse.xhtml?price=250-&page=0", BrowseView.href(null, "", "250-", null, 0));
        assertEquals("/catalog/browse.xhtml?category=a+b%26c", BrowseView.href("a b&c", null, null, null, null));
    }

    @Test
    void thePriceBandShownTakesItsFilterOffAndTheOthersSetTheirs() {
        view.setCategory("home");
        view.setPrice("25-50");
        view.setSort("rating");

        List<PageLink> bands = view.getPriceLinks();

        assertEquals(5, bands.size());
        assertEquals("/catalog/browse.xhtml?category=home&price=0-25&sort=rating", bands.get(0).href());
        assertEquals("/catalog/browse.xhtml?category=home&sort=rating", bands.get(1).href());
        assertEquals(List.of(false, true, false, false, false), bands.stream().map(PageLink::active).toList());
        assertEquals("€250.00 +", bands.get(4).label());
    }

    @Test
    void sortLinksNameTheirOrderAndNewestHasNoParameter() {
        view.setCategory("home");

        List<PageLink> sorts = view.getSortLinks();

        assertEquals(List.of("Newest", "Price, low to high", "Price, high to low", "Most rated", "Name"),
                sorts.stream().map(PageLink::label).toList());
        assertEquals("/catalog/browse.xhtml?category=home", sorts.get(0).href());
        assertEquals("/catalog/browse.xhtml?category=home&sort=price_asc", sorts.get(1).href());
        assertEquals(List.of(true, false, false, false, false), sorts.stream().map(PageLink::active).toList());
    }

    @Test
    void pagerLinksKeepTheFiltersAndMoveOnePage() {
        view.setCategory("home");
        view.setSort("name");
        view.setPage(3);

        assertEquals("/catalog/browse.xhtml?category=home&sort=name&page=2", view.getPreviousHref());
        assertEquals("/catalog/browse.xhtml?category=home&sort=name&page=4", view.getNextHref());
    }

    @Test
    void theMenuLinksEachCategoryToItsShelfInBothLanguages() {
        List<Category> tree = List.of(new Category("home", LocalizedText.of("Home", "Maison"), 0,
                List.of(new SubCategory("lighting", LocalizedText.of("Lighting", "Luminaires")))));

        assertEquals("[Home -> /catalog/browse.xhtml?category=home]", CategoryMenu.linksIn(tree, "en").toString());
        assertEquals("[Maison -> /catalog/browse.xhtml?category=home]", CategoryMenu.linksIn(tree, "fr").toString());
    }
}
