package io.vitrine.customer;

import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.Seller;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seller's profile and logo: who may change them, the fields' checks, and the checks an uploaded logo passes. */
class SellerProfilesTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    static final Caller LUNE = new Caller(Caller.Kind.SELLER, "atelier@example.com", Optional.of("atelier-lune"));
    static final Caller OTHER = new Caller(Caller.Kind.SELLER, "other@example.com", Optional.of("other-shop"));
    static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "owner@example.com", Optional.empty());

    /** Logos in a map, as the Mongo store keeps one per seller. */
    static final class InMemoryLogos implements SellerLogoRepository {
        final Map<String, SellerLogo> stored = new HashMap<>();

        @Override
        public Optional<SellerLogo> find(String sellerId) {
            return Optional.ofNullable(stored.get(sellerId));
        }

        @Override
        public SellerLogo save(SellerLogo logo) {
            stored.put(logo.sellerId(), logo);
            return logo;
        }

        @Override
        public boolean delete(String sellerId) {
            return stored.remove(sellerId) != null;
        }
    }

    SellerProfiles profiles;
    InMemoryLogos logos;
    io.vitrine.platform.RecordingEvent<SellerProfileChanged> fired;

    @BeforeEach
    void setUp() {
        InMemorySellerRepository sellers = new InMemorySellerRepository();
        sellers.save(new Seller("atelier-lune", "Atelier Lune", "atelier@example.com", "FR", NOW, "1 rue A, Lyon"));
        sellers.save(new Seller("other-shop", "Other", "other@example.com", "DE", NOW));
        logos = new InMemoryLogos();
        profiles = new SellerProfiles();
        profiles.sellers = sellers;
        profiles.logos = logos;
        profiles.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fired = new io.vitrine.platform.RecordingEvent<>(new java.util.ArrayList<>());
        profiles.changed = fired;
    }

    @Test
    void aSellerChangesItsOwnProfileWithTheFieldsTidied() {
        Seller saved = profiles.update(LUNE, "atelier-lune", new SellerProfiles.Change("  Atelier Lune & Fils ", "be", " 2 rue B, 1000 Bruxelles "));

        assertEquals(new Seller("atelier-lune", "Atelier Lune & Fils", "atelier@example.com", "BE", NOW, "2 rue B, 1000 Bruxelles"), saved);
        assertEquals(saved, profiles.profile(LUNE, "atelier-lune"), "stored");
        assertEquals(saved, profiles.profile(ADMIN, "atelier-lune"), "an admin reads it too");
        assertEquals(java.util.List.of(new SellerProfileChanged("atelier-lune")), fired.fired(), "pages showing the seller are told");
    }

    @Test
    void anotherSellersProfileIsForbiddenBeforeItIsReadAndAnUnknownOneIsNotFoundForAdmins() {
        assertThrows(AccessDeniedException.class, () -> profiles.profile(OTHER, "atelier-lune"));
        assertThrows(AccessDeniedException.class, () -> profiles.update(OTHER, "no-such-seller", new SellerProfiles.Change("x", "FR", "1 rue A")),
                "a seller learns nothing about other sellers, existing or not");
        assertThrows(AccessDeniedException.class, () -> profiles.profile(Caller.ANONYMOUS, "atelier-lune"));
        assertThrows(NotFoundException.class, () -> profiles.profile(ADMIN, "no-such-seller"));
        assertEquals("Other", profiles.update(ADMIN, "other-shop", new SellerProfiles.Change("Other", "DE", "Hauptstr. 1, Berlin")).name(),
                "an admin completes a demo seller's profile");
    }

    @Test
    void badFieldsAreRefusedAndNothingIsStored() {
        for (SellerProfiles.Change bad : new SellerProfiles.Change[]{
                null,
                new SellerProfiles.Change("", "FR", "1 rue A, Lyon"),
                new SellerProfiles.Change("x".repeat(81), "FR", "1 rue A, Lyon"),
                new SellerProfiles.Change("Lune", "France", "1 rue A, Lyon"),
                new SellerProfiles.Change("Lune", "XX", "1 rue A, Lyon"),
                new SellerProfiles.Change("Lune", "FR", "Lyon"),
                new SellerProfiles.Change("Lune", "FR", "a".repeat(301))}) {
            assertThrows(InvalidInputException.class, () -> profiles.update(LUNE, "atelier-lune", bad), String.valueOf(bad));
        }
        assertEquals("Atelier Lune", profiles.profile(LUNE, "atelier-lune").name());
    }

    @Test
    void aLogoThatDecodesIsStoredWithItsTypeSizeAndVersion() throws IOException {
        byte[] png = TestImages.image("png", 120, 60);
        SellerLogo logo = profiles.setLogo(LUNE, "atelier-lune", png);

        assertEquals("image/png", logo.contentType());
        assertEquals(120, logo.width());
        assertEquals(60, logo.height());
        assertEquals(64, logo.version().length(), "the SHA-256 of the bytes");
        assertArrayEquals(png, profiles.logo("atelier-lune").orElseThrow().data());
        assertTrue(SellerLogo.url("atelier-lune", logo.version()).startsWith("/api/v1/sellers/atelier-lune/logo?v="));

        SellerLogo jpeg = profiles.setLogo(ADMIN, "atelier-lune", TestImages.image("jpg", 40, 40));
        assertEquals("image/jpeg", profiles.logo("atelier-lune").orElseThrow().contentType(), "replaced");
        assertTrue(!jpeg.version().equals(logo.version()));

        profiles.removeLogo(LUNE, "atelier-lune");
        assertTrue(profiles.logo("atelier-lune").isEmpty());
        assertThrows(NotFoundException.class, () -> profiles.removeLogo(LUNE, "atelier-lune"));
        assertEquals(3, fired.fired().size(), "two logos and a removal");
    }

    @Test
    void aLogoThatIsNotASoundSmallJpegOrPngIsRefused() throws IOException {
        byte[] png = TestImages.image("png", 64, 64);
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", new byte[0]));
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", "<svg/>".getBytes()), "not an image");
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", TestImages.image("gif", 64, 64)), "GIF");
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", TestImages.image("png", 8, 8)), "too small to show");
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", TestImages.image("png", 2049, 20)), "too wide");
        byte[] jpeg = TestImages.image("jpg", 200, 200);
        assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", Arrays.copyOf(jpeg, jpeg.length / 2)), "truncated");
        assertThrows(SellerProfiles.LogoTooLargeException.class,
                () -> profiles.setLogo(LUNE, "atelier-lune", Arrays.copyOf(png, SellerProfiles.MAX_LOGO_BYTES + 1)));
        assertThrows(AccessDeniedException.class, () -> profiles.setLogo(OTHER, "atelier-lune", png));
        assertTrue(logos.stored.isEmpty(), "nothing stored");
        assertTrue(fired.fired().isEmpty());
    }

    /** A 64 x 64 PNG whose header claims 60,000 x 60,000 pixels: refused from the header, before any pixel is allocated. */
    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = TestImages.withSize(TestImages.image("png", 64, 64), 60_000, 60_000);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> profiles.setLogo(LUNE, "atelier-lune", bomb));
        assertTrue(refused.getMessage().contains("60000x60000"), refused.getMessage());
    }
}
