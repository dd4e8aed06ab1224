package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** The text of an HTML fragment that is all content (a feed item's body): its blocks, without scoring. */
public final class FragmentText {

    private FragmentText() {}

    public static String of(String html) {
        Document doc = Parser.htmlParser().setMaxDepth(HtmlReader.MAX_DEPTH).parseInput("<body>" + html + "</body>", "");
        Cleaner.removeJunk(doc.body());
        List<String> out = new ArrayList<>();
        for (BlockWriter.Block b : BlockWriter.write(doc.body())) out.add(b.text());
        return String.join("\n\n", out);
    }
}
