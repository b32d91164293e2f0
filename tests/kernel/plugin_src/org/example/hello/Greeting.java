package org.example.hello;

/** The result of %hello: kept typed by {@code var g = %hello ...}. */
public record Greeting(String text, int rows, int cols) {
}
