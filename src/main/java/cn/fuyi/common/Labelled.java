package cn.fuyi.common;

/** A code with a Chinese and an English label, listed by the code-list endpoint for front-end dropdowns. */
public interface Labelled {

    String name();

    String labelZh();

    String labelEn();
}
