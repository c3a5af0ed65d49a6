### The cli messages (the core ones are in ru.ftl).
