### The page messages (the core ones are in ru.ftl).
