package lab.subspace.kernel.magic;

/** Usage or help text, shown as preformatted text. */
public record HelpText(String text) {

    @Override
    public String toString() {
        return text;
    }
}
