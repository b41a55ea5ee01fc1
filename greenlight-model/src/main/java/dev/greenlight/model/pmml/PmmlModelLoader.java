package dev.greenlight.model.pmml;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelLoader;
import jakarta.xml.bind.ValidationEvent;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.xml.sax.SAXParseException;

/**
 * Loads {@code type: pmml} models with JPMML-Evaluator. The document is parsed, its model built and checked
 * ({@link Evaluator#verify()} runs the document's own ModelVerification records when it has them), so a corrupt or
 * unsupported file fails here, naming the line the parser stopped at.
 */
public final class PmmlModelLoader implements ModelLoader {

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        Evaluator evaluator;
        try {
            // JAXB's default handler prints problems to the console; ours keeps them for the message below
            evaluator = new LoadingModelEvaluatorBuilder()
                    .setValidationEventHandler(event -> event.getSeverity() == ValidationEvent.WARNING)
                    .load(model.path().toFile()).build();
            evaluator.verify();
        } catch (Exception e) {
            SAXParseException parse = parseError(e);
            if (parse != null) {
                throw ModelException.of(model, "not a well-formed PMML document (line " + parse.getLineNumber()
                        + ", column " + parse.getColumnNumber() + "): " + parse.getMessage(), e);
            }
            throw ModelException.of(model, "JPMML-Evaluator cannot load it: " + message(e), e);
        }
        boolean classifier = evaluator.getMiningFunction() == org.dmg.pmml.MiningFunction.CLASSIFICATION;
        if (classifier != context.task().isClassification()) {
            throw ModelException.of(model, "is a " + evaluator.getMiningFunction().value() + " model, but the task "
                    + "is " + context.task().key());
        }
        if (evaluator.getTargetFields().isEmpty()) {
            throw ModelException.of(model, "declares no target field, so it predicts nothing Greenlight can read");
        }
        return new PmmlModel(model, evaluator);
    }

    /** The XML parser's error behind JAXB's wrapping, if that is what failed. */
    private static SAXParseException parseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException p) {
                return p;
            }
        }
        return null;
    }

    /** The deepest cause's message: JAXB wraps the parser's error, which says what is wrong. */
    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return m != null ? m : t.getClass().getSimpleName();
    }
}
