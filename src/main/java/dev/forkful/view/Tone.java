package dev.forkful.view;

/** What a piece of text means; the full screen's pen turns it into colour and weight (or weight alone without colour). */
public enum Tone { PLAIN, DIM, TITLE, SELECTED, GOOD, BAD, FIRE, ICE, KEY }
