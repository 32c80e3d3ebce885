"""`jianggao new`: the Chinese terminal wizard that asks for a brief and writes it with its speech."""
