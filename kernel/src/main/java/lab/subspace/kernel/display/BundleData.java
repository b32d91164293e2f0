package lab.subspace.kernel.display;

import java.util.Map;

import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import lab.subspace.kernel.spi.MimeBundle;

/** MIME bundle -> basekernel DisplayData, with JSON types embedded as JSON (not as strings). */
public final class BundleData {

    private BundleData() {
    }

    public static DisplayData of(MimeBundle bundle) {
        DisplayData data = new DisplayData();
        for (Map.Entry<String, String> e : bundle.data().entrySet()) {
            if (MimeBundle.isJson(e.getKey())) {
                try {
                    data.putData(e.getKey(), JsonParser.parseString(e.getValue()));
                } catch (JsonSyntaxException ex) {
                    throw new IllegalStateException("Renderer produced invalid JSON for " + e.getKey() + ": " + ex.getMessage(), ex);
                }
            } else {
                data.putData(e.getKey(), e.getValue());
            }
        }
        bundle.metadata().forEach(data::putMetaData);
        return data;
    }
}
