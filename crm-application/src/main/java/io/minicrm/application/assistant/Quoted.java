package io.minicrm.application.assistant;

/**
 * The user's words as data inside a prompt: fenced by a tag they cannot close, since any copy of the fence in their
 * text is dropped, so an instruction hidden in them stays part of the quoted data.
 */
final class Quoted {

    private Quoted() {}

    static String data(String tag, String text) {
        String fence = "</" + tag + ">";
        String inner = text.replace(fence, "").replace("<" + tag + ">", "");
        return "<" + tag + ">\n" + inner + "\n" + fence;
    }
}
