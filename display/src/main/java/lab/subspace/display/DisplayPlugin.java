package lab.subspace.display;

import java.awt.image.BufferedImage;

import lab.subspace.display.image.Gallery;
import lab.subspace.display.image.Images;
import lab.subspace.display.matrix.MatrixRenderer;
import lab.subspace.display.plotly.FigureRenderer;
import lab.subspace.display.table.TableRenderer;
import lab.subspace.kernel.spi.KernelPlugin;
import lab.subspace.kernel.spi.PluginContext;
import org.ejml.data.DMatrix;
import org.ejml.simple.SimpleMatrix;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Registers how results look in a notebook: Tablesaw tables, jsplot figures (Plotly), EJML
 * matrices, {@code double[][]} / {@code double[]}, images and image galleries.
 * ({@link Outputs} needs no renderer: the kernel shows each part of a {@code Composite}.)
 *
 * It also imports Tablesaw's API and these display helpers into every cell.
 *
 * <p>Declared in {@code META-INF/services/lab.subspace.kernel.spi.KernelPlugin}.
 */
public final class DisplayPlugin implements KernelPlugin {

    @Override
    public void register(PluginContext context) {
        MatrixRenderer matrices = new MatrixRenderer();
        context.renderer(Table.class, new TableRenderer());
        context.renderer(Figure.class, new FigureRenderer());
        context.renderer(DMatrix.class, matrices::render);
        context.renderer(SimpleMatrix.class, matrices::render);
        context.renderer(double[][].class, matrices::render);
        context.renderer(double[].class, matrices::render);
        context.renderer(BufferedImage.class, Images::bundle);
        context.renderer(Gallery.class, Gallery::bundle);
        // what a notebook cell reaches for without typing imports
        context.imports("tech.tablesaw.api.*", "lab.subspace.display.Plots", "lab.subspace.display.Progress",
                "lab.subspace.display.Outputs", "lab.subspace.display.Claims", "lab.subspace.display.table.Tables",
                "lab.subspace.display.image.Images", "lab.subspace.display.image.Gallery");
    }
}
