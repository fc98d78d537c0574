package dev.forkful.bench;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code bench --json}: one object with, per model, {@code create_us}, {@code switch_ns},
 * {@code bytes_per_unit} and {@code units}, and the seed's claims beside the measurements.
 */
public final class BenchJson {
    private BenchJson() {
    }

    public static void write(BenchReport r, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("cores").value(r.cores());
        json.name("java").value(r.java());
        json.name("trials").value(r.trials());
        json.name("kitchen_ping_us").value(Math.round(r.pingRoundUs() * 10) / 10.0);
        for (ModelCost c : r.costs()) {
            json.name(c.model().id()).beginObject();
            json.name("create_us").value(Math.round(c.createUs() * 1000) / 1000.0);
            json.name("switch_ns").value(Math.round(c.switchNs() * 10) / 10.0);
            json.name("bytes_per_unit").value(c.bytesPerUnit());
            json.name("units").value(c.units());
            json.name("created_per_trial").value(c.created());
            json.name("switches_per_trial").value(c.switches());
            json.name("how").value(c.how());
            json.endObject();
        }
        json.name("claims").beginArray();
        for (SeedClaims.Claim claim : SeedClaims.check(r)) {
            json.beginObject();
            json.name("seed").value(claim.seedSays());
            json.name("measured").value(claim.measured());
            json.name("holds").value(claim.holds());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }
}
