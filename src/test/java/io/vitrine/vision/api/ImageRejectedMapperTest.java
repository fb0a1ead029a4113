package io.vitrine.vision.api;

import io.vitrine.vision.ImageRejectedException.Reason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageRejectedMapperTest {

    @Test
    void everyReasonIsAClientError() {
        assertEquals(413, ImageRejectedMapper.status(Reason.TOO_MANY_BYTES));
        assertEquals(415, ImageRejectedMapper.status(Reason.NOT_AN_IMAGE));
        assertEquals(415, ImageRejectedMapper.status(Reason.UNSUPPORTED_FORMAT));
        assertEquals(422, ImageRejectedMapper.status(Reason.TOO_MANY_PIXELS));
        assertEquals(400, ImageRejectedMapper.status(Reason.CORRUPT));
        assertEquals(400, ImageRejectedMapper.status(Reason.EMPTY));
    }
}
