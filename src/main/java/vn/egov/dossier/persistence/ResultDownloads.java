package vn.egov.dossier.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who first downloaded an electronic result, and when: one statement, so two nodes serving it at once agree. */
@Repository
public class ResultDownloads {

    private final JdbcClient jdbc;

    ResultDownloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the download unless this client downloaded this file before; answers whether it was the first. */
    public boolean recordFirst(UUID paperId, UUID dossierId, String client, Instant at) {
        return jdbc.sql("""
                        insert into dossier.result_download (paper_id, client, dossier_id, downloaded_at)
                        values (:paper, :client, :dossier, :at)
                        on conflict (paper_id, client) do nothing
                        """)
                        .param("paper", paperId)
                        .param("client", client)
                        .param("dossier", dossierId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public Optional<Instant> firstDownload(UUID dossierId, String client) {
        return jdbc.sql("""
                        select min(downloaded_at) from dossier.result_download
                        where dossier_id = :dossier and client = :client
                        """)
                .param("dossier", dossierId)
                .param("client", client)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }
}
