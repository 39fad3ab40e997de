package cn.fuyi.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

/**
 * The retry interceptor binds to {@code @Transactional} with its default kind, REQUIRED; a method declared with
 * another kind would start its transactions without it. This test fails when one appears.
 */
class TransactionKindsTest {

    @Test
    void everyDeclaredTransactionIsOfTheKindThatIsRetried() throws Exception {
        List<String> found = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Path classes = Path.of(TransactionKindsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        for (Class<?> type : classesUnder(classes)) {
            check(type, type.getName(), found, others);
            for (var method : type.getDeclaredMethods()) {
                check(method, type.getName() + "." + method.getName(), found, others);
            }
        }
        assertTrue(found.size() > 40, "the scan sees the services' transactions: " + found.size());
        assertEquals(List.of(), others);
    }

    private static void check(AnnotatedElement element, String name, List<String> found, List<String> others) {
        Transactional t = element.getDeclaredAnnotation(Transactional.class);
        if (t != null) {
            found.add(name);
            if (t.value() != Transactional.TxType.REQUIRED) {
                others.add(name + " " + t.value());
            }
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                out.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        TransactionKindsTest.class.getClassLoader()));
            }
        }
        return out;
    }
}
