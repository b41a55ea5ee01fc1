#!/usr/bin/python3
"""Makes the diabetes-pmml example: data without prediction columns, real model files, and the scikit-learn
predictions the model adapters are tested against.

Data: the rows of ../diabetes/diabetes_raw.csv split as ../diabetes/make_example.py splits them
(train_test_split of the row indices, test_size=0.25, random_state=42); train.csv and test.csv keep the row index
as `id`, the ten inputs and `target`.

Models, trained with scikit-learn on the train rows:
- models/linear.pmml: LinearRegression() as a PMML 4.4 RegressionModel.
- models/gbr.pmml: GradientBoostingRegressor(n_estimators=40, max_depth=2, learning_rate=0.1, random_state=0) as a
  PMML 4.4 MiningModel that sums one TreeModel per boosting stage (leaf scores already multiplied by the learning
  rate) and adds the initial prediction through Targets/@rescaleConstant.
- models/gbr.onnx: the same gradient-boosting model as the ai.onnx.ml TreeEnsembleRegressor (aggregate SUM,
  base value the initial prediction), output `variable` as skl2onnx names it.

models/expected_test.csv holds each model's predict on the test rows with full float64 precision: the
independent values the adapters' predictions are compared with.

Needs Debian's python3-sklearn and python3-onnx (scikit-learn 1.2.1 and onnx 1.12.0 made the committed files):
/usr/bin/python3 make_models.py
"""
import os
import sys
from xml.sax.saxutils import quoteattr

from onnx import TensorProto, helper
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import model_export  # noqa: E402  (examples/model_export.py)

MODELS = os.path.join(HERE, "models")
os.makedirs(MODELS, exist_ok=True)

header, body, features, X, y = model_export.read_raw(
    os.path.join(HERE, "..", "diabetes", "diabetes_raw.csv"), float)
train_idx, test_idx = model_export.split(y, stratify=False)
for name, rows_idx in (("train.csv", train_idx), ("test.csv", test_idx)):
    model_export.write_rows(os.path.join(HERE, name), ["id"] + features + ["target"],
                            [[int(i)] + body[i] for i in rows_idx])

linear = LinearRegression().fit(X[train_idx], y[train_idx])
gbr = GradientBoostingRegressor(n_estimators=40, max_depth=2, learning_rate=0.1, random_state=0)
gbr.fit(X[train_idx], y[train_idx])
init = float(gbr.init_.constant_[0][0])


def pmml(description, model_xml):
    fields = "\n".join('    <DataField name=%s optype="continuous" dataType="double"/>' % quoteattr(f)
                       for f in features)
    return """<?xml version="1.0" encoding="UTF-8"?>
<PMML xmlns="http://www.dmg.org/PMML-4_4" version="4.4">
  <Header description=%s>
    <Application name="greenlight examples/diabetes-pmml/make_models.py"/>
  </Header>
  <DataDictionary numberOfFields="%d">
%s
    <DataField name="target" optype="continuous" dataType="double"/>
  </DataDictionary>
%s
</PMML>
""" % (quoteattr(description), len(features) + 1, fields, model_xml)


def mining_schema(pad, names, target=True):
    out = [pad + "<MiningSchema>"]
    if target:
        out.append(pad + '  <MiningField name="target" usageType="target"/>')
    out += [pad + "  <MiningField name=%s/>" % quoteattr(n) for n in names]
    out.append(pad + "</MiningSchema>")
    return "\n".join(out)


def linear_pmml():
    predictors = "\n".join('      <NumericPredictor name=%s coefficient="%r"/>' % (quoteattr(f), float(c))
                           for f, c in zip(features, linear.coef_))
    model = """  <RegressionModel functionName="regression">
%s
    <RegressionTable intercept="%r">
%s
    </RegressionTable>
  </RegressionModel>""" % (mining_schema("    ", features), float(linear.intercept_), predictors)
    with open(os.path.join(MODELS, "linear.pmml"), "w") as f:
        f.write(pmml("LinearRegression on the diabetes train rows", model))


def gbr_pmml():
    def node_xml(tr, node):
        return 'score="%r"' % (gbr.learning_rate * float(tr.value[node][0][0])), []

    segments = []
    for s, est in enumerate(gbr.estimators_[:, 0]):
        tr = est.tree_
        segments.append("""      <Segment id="%d">
        <True/>
        <TreeModel functionName="regression" splitCharacteristic="binarySplit">
%s
%s
        </TreeModel>
      </Segment>""" % (s + 1, mining_schema("          ", model_export.used_features(tr, features), target=False),
                       "\n".join(model_export.pmml_nodes(tr, features, 0, "<True/>", "          ", node_xml))))
    model = """  <MiningModel functionName="regression">
%s
    <Targets>
      <Target field="target" rescaleConstant="%r"/>
    </Targets>
    <Segmentation multipleModelMethod="sum">
%s
    </Segmentation>
  </MiningModel>""" % (mining_schema("    ", features), init, "\n".join(segments))
    with open(os.path.join(MODELS, "gbr.pmml"), "w") as f:
        f.write(pmml("GradientBoostingRegressor(40 stages, depth 2) on the diabetes train rows", model))


def gbr_onnx():
    a = model_export.ensemble_attributes([e.tree_ for e in gbr.estimators_[:, 0]],
                                         lambda tr, node: [(0, gbr.learning_rate * tr.value[node][0][0])],
                                         "target")
    node = helper.make_node("TreeEnsembleRegressor", ["input"], ["variable"], domain="ai.onnx.ml", n_targets=1,
                            aggregate_function="SUM", base_values=[init], post_transform="NONE", **a)
    graph = helper.make_graph([node], "gbr",
                              [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, len(features)])],
                              [helper.make_tensor_value_info("variable", TensorProto.FLOAT, [None, 1])])
    model_export.save_onnx(graph, os.path.join(MODELS, "gbr.onnx"),
                           "GradientBoostingRegressor(40 stages, depth 2) on the diabetes train rows")


def expected():
    model_export.write_rows(os.path.join(MODELS, "expected_test.csv"), ["id", "linear", "gbr"],
                            [[int(i), repr(float(a)), repr(float(b))] for i, a, b in
                             zip(test_idx, linear.predict(X[test_idx]), gbr.predict(X[test_idx]))])


linear_pmml()
gbr_pmml()
gbr_onnx()
expected()
