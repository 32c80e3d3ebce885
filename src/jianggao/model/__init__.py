"""What a speech is made of: the brief, the speech, kinds, topics, slots, codes, the phrase bank, levels and 提法."""
