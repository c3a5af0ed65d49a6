### The charts messages (the core ones are in ru.ftl).
