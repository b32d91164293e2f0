package org.example.hello;

import lab.subspace.kernel.spi.KernelPlugin;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.PluginContext;

/** A third-party plugin, compiled by the end-to-end test and added with %jars. */
public final class HelloPlugin implements KernelPlugin {

    @Override
    public void register(PluginContext context) {
        context.magic(HelloMagic.class);
        context.renderer(Greeting.class, g -> new MimeBundle()
                .put(MimeBundle.TEXT, g.text())
                .put(MimeBundle.HTML, "<b class=\"greeting\">" + g.text() + "</b>"));
    }
}
