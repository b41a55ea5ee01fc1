#!/usr/bin/python3
"""Makes the breast-cancer-onnx example: data without prediction columns, three real model files, and the
scikit-learn predictions the model adapters are tested against.

Data: the rows of ../breast-cancer/breast_cancer.csv split as ../breast-cancer/make_example.py splits them
(train_test_split of the row indices, test_size=0.25, random_state=42, stratified by target); train.csv and
test.csv keep the row index as `id`, the 30 measurements and `target`, and nothing the model predicted.

Models, trained with scikit-learn on the train rows:
- models/logreg.onnx: Pipeline(StandardScaler(), LogisticRegression(max_iter=5000)) written as standard ONNX
  operators (Sub, Div, MatMul, Add, Sigmoid, Concat, ArgMax); outputs `label` (int64) and `probabilities`
  (float, one column per class 0, 1).
- models/forest.onnx: RandomForestClassifier(n_estimators=25, max_depth=4, random_state=0) written as the
  ai.onnx.ml TreeEnsembleClassifier followed by ZipMap, the output layout skl2onnx gives converted classifiers:
  `output_label` (the argmax of the class shares) and `output_probability` (a sequence of {class: probability}
  maps).
- models/tree.pmml: DecisionTreeClassifier(max_depth=3, random_state=0) as a PMML 4.4 TreeModel whose leaves carry
  the class shares as ScoreDistribution probabilities.
- models/logreg.json: the logistic regression's coefficients, for the JVM model provider in greenlight-model's
  tests (a logistic regression written in Java).

models/expected_test.csv holds each model's predict_proba and predict on the test rows, with full float64
precision: the independent values the adapters' predictions are compared with.

Needs Debian's python3-sklearn and python3-onnx (scikit-learn 1.2.1 and onnx 1.12.0 made the committed files):
/usr/bin/python3 make_models.py
"""
import json
import os
import sys
from xml.sax.saxutils import quoteattr

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import model_export  # noqa: E402  (examples/model_export.py)

MODELS = os.path.join(HERE, "models")
os.makedirs(MODELS, exist_ok=True)

header, body, features, X, y = model_export.read_raw(
    os.path.join(HERE, "..", "breast-cancer", "breast_cancer.csv"), int)
train_idx, test_idx = model_export.split(y, stratify=True)
for name, rows_idx in (("train.csv", train_idx), ("test.csv", test_idx)):
    model_export.write_rows(os.path.join(HERE, name), ["id"] + features + ["target"],
                            [[int(i)] + body[i][:-1] + [int(y[i])] for i in rows_idx])

logreg = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)).fit(X[train_idx], y[train_idx])
forest = RandomForestClassifier(n_estimators=25, max_depth=4, random_state=0).fit(X[train_idx], y[train_idx])
tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X[train_idx], y[train_idx])
for m in (logreg, forest, tree):
    assert list(m.classes_) == [0, 1]

N_FEATURES = len(features)


def save_onnx(graph, name, doc):
    model_export.save_onnx(graph, os.path.join(MODELS, name), doc)


def float_input():
    return helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, N_FEATURES])


def logreg_onnx():
    scaler, lr = logreg.steps[0][1], logreg.steps[1][1]
    init = [
        helper.make_tensor("mean", TensorProto.FLOAT, [N_FEATURES], scaler.mean_.astype(np.float32)),
        helper.make_tensor("scale", TensorProto.FLOAT, [N_FEATURES], scaler.scale_.astype(np.float32)),
        helper.make_tensor("coef", TensorProto.FLOAT, [N_FEATURES, 1], lr.coef_[0].astype(np.float32)),
        helper.make_tensor("intercept", TensorProto.FLOAT, [1], lr.intercept_.astype(np.float32)),
        helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0]),
    ]
    nodes = [
        helper.make_node("Sub", ["input", "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["scaled"]),
        helper.make_node("MatMul", ["scaled", "coef"], ["product"]),
        helper.make_node("Add", ["product", "intercept"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p1"]),
        helper.make_node("Sub", ["one", "p1"], ["p0"]),
        helper.make_node("Concat", ["p0", "p1"], ["probabilities"], axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["label"], axis=1, keepdims=0),
    ]
    graph = helper.make_graph(nodes, "logreg", [float_input()], [
        helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
        helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2]),
    ], init)
    save_onnx(graph, "logreg.onnx", "StandardScaler + LogisticRegression on the breast-cancer train rows")


def forest_onnx():
    n_trees = len(forest.estimators_)

    def shares(tr, node):
        counts = tr.value[node][0]
        return [(c, share / n_trees) for c, share in enumerate(counts / counts.sum())]

    a = model_export.ensemble_attributes([e.tree_ for e in forest.estimators_], shares, "class")
    # The label is the argmax of the averaged class shares, as RandomForestClassifier.predict: ONNX Runtime's own
    # label output of a two-class ensemble that weights both classes is "positive when its score > 0", which
    # labels every row 1 here, so the ensemble's label output is left unused.
    nodes = [
        helper.make_node("TreeEnsembleClassifier", ["input"], ["ensemble_label", "scores"], domain="ai.onnx.ml",
                         classlabels_int64s=[0, 1], post_transform="NONE", **a),
        helper.make_node("ArgMax", ["scores"], ["output_label"], axis=1, keepdims=0),
        helper.make_node("ZipMap", ["scores"], ["output_probability"], domain="ai.onnx.ml",
                         classlabels_int64s=[0, 1]),
    ]
    zipmap = onnx.TypeProto()  # seq(map(int64, float)); onnx 1.12's helper has no map type maker
    entry = zipmap.sequence_type.elem_type.map_type
    entry.key_type = TensorProto.INT64
    entry.value_type.tensor_type.elem_type = TensorProto.FLOAT
    graph = helper.make_graph(nodes, "forest", [float_input()], [
        helper.make_tensor_value_info("output_label", TensorProto.INT64, [None]),
        helper.make_value_info("output_probability", zipmap),
    ])
    save_onnx(graph, "forest.onnx", "RandomForestClassifier(25 trees, depth 4) on the breast-cancer train rows")


def tree_pmml():
    tr = tree.tree_
    used = model_export.used_features(tr, features)

    def node_xml(tr, node):
        counts = tr.value[node][0]
        shares = counts / counts.sum()
        return ('score="%d" recordCount="%r"' % (int(np.argmax(counts)), float(counts.sum())),
                ['<ScoreDistribution value="%d" recordCount="%r" probability="%r"/>'
                 % (c, float(counts[c]), float(shares[c])) for c in (0, 1)])

    fields = "\n".join('    <DataField name=%s optype="continuous" dataType="double"/>' % quoteattr(f) for f in used)
    mining = "\n".join('      <MiningField name=%s/>' % quoteattr(f) for f in used)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<PMML xmlns="http://www.dmg.org/PMML-4_4" version="4.4">
  <Header description="DecisionTreeClassifier(max_depth=3) on the breast-cancer train rows">
    <Application name="greenlight examples/breast-cancer-onnx/make_models.py"/>
  </Header>
  <DataDictionary numberOfFields="%d">
%s
    <DataField name="target" optype="categorical" dataType="integer">
      <Value value="0"/>
      <Value value="1"/>
    </DataField>
  </DataDictionary>
  <TreeModel functionName="classification" splitCharacteristic="binarySplit" missingValueStrategy="nullPrediction">
    <MiningSchema>
      <MiningField name="target" usageType="target"/>
%s
    </MiningSchema>
    <Output>
      <OutputField name="probability(0)" optype="continuous" dataType="double" feature="probability" value="0"/>
      <OutputField name="probability(1)" optype="continuous" dataType="double" feature="probability" value="1"/>
    </Output>
%s
  </TreeModel>
</PMML>
""" % (len(used) + 1, fields, mining, "\n".join(model_export.pmml_nodes(tr, features, 0, "<True/>", "    ",
                                                                     node_xml)))
    with open(os.path.join(MODELS, "tree.pmml"), "w") as f:
        f.write(xml)


def logreg_json():
    scaler, lr = logreg.steps[0][1], logreg.steps[1][1]
    with open(os.path.join(MODELS, "logreg.json"), "w") as f:
        json.dump({"features": features, "mean": list(scaler.mean_), "scale": list(scaler.scale_),
                   "coef": list(lr.coef_[0]), "intercept": float(lr.intercept_[0]), "classes": [0, 1]}, f,
                  indent=1)
        f.write("\n")


def expected():
    cols, values = ["id"], [test_idx.astype(int)]
    for name, m in (("logreg", logreg), ("forest", forest), ("tree", tree)):
        p = m.predict_proba(X[test_idx])
        cols += [name + "_p0", name + "_p1", name + "_label"]
        values += [p[:, 0], p[:, 1], m.predict(X[test_idx])]
    model_export.write_rows(os.path.join(MODELS, "expected_test.csv"), cols, [
        [int(values[0][r])] + [repr(float(v[r])) if v.dtype.kind == "f" else int(v[r]) for v in values[1:]]
        for r in range(len(test_idx))])


logreg_onnx()
forest_onnx()
tree_pmml()
logreg_json()
expected()
