package io.vitrine.platform;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * H2's {@link ObjectDataType} with a short form of its own for one kind of value, written after a tag byte H2 never
 * writes first (its tags are 0 to 127): that kind skips H2's fallback, one {@code ObjectOutputStream} per value, and
 * every other value (and any stored before) is written and read as H2 does, so files written before stay readable.
 */
abstract class TaggedObjectType extends ObjectDataType {

    private final byte tag;

    TaggedObjectType(byte tag) {
        this.tag = tag;
    }

    /** The value's short form, or null to leave the value to H2. */
    abstract byte[] encode(Object value);

    /** The value a short form stands for. */
    abstract Object decode(byte[] form);

    @Override
    public void write(WriteBuffer buff, Object obj) {
        byte[] form = encode(obj);
        if (form == null) {
            super.write(buff, obj);
            return;
        }
        buff.put(tag).putVarInt(form.length).put(form);
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != tag) {
            return super.read(buff);
        }
        buff.get();
        byte[] form = new byte[DataUtils.readVarInt(buff)];
        buff.get(form);
        return decode(form);
    }
}
