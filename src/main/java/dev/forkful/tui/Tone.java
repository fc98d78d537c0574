package dev.forkful.tui;

/** What a piece of text means; {@link Pen} turns it into colour and weight (or weight alone without colour). */
public enum Tone { PLAIN, DIM, TITLE, SELECTED, GOOD, BAD, FIRE, ICE, KEY }
