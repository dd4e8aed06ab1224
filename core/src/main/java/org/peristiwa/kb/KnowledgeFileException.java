package org.peristiwa.kb;

/** A knowledge file (lexicon, codebook, gazetteer) that does not follow its schema: names the file and line. */
public class KnowledgeFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KnowledgeFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
