package vn.egov.dossier.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import vn.egov.dossier.Channel;

/** Stores a channel as its national code ({@code KenhThucHien} 1–3). */
@Converter
class ChannelColumn implements AttributeConverter<Channel, Short> {

    @Override
    public Short convertToDatabaseColumn(Channel channel) {
        return channel == null ? null : (short) channel.code();
    }

    @Override
    public Channel convertToEntityAttribute(Short code) {
        return code == null
                ? null
                : Arrays.stream(Channel.values())
                        .filter(c -> c.code() == code)
                        .findFirst()
                        .orElseThrow();
    }
}
