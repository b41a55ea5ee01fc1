"""Helpers the examples' make_models.py scripts share: reading an example's raw data, splitting it as the
prediction-column examples do, and writing scikit-learn trees as ONNX ai.onnx.ml tree-ensemble attributes and as
PMML nodes. Written for Debian's python3-sklearn 1.2.1 and python3-onnx 1.12.0.
"""
import csv
from xml.sax.saxutils import quoteattr

import numpy as np
import onnx
from onnx import helper
from sklearn.model_selection import train_test_split


def read_raw(path, target_type):
    """The raw CSV (features first, target last) as header, rows of text, feature names, X and y."""
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    X = np.array([[float(v) for v in r[:-1]] for r in body])
    y = np.array([target_type(r[-1]) for r in body])
    return header, body, header[:-1], X, y


def split(y, stratify):
    """train_test_split of the row indices, test_size=0.25, random_state=42, as the examples' make_example.py."""
    idx = np.arange(len(y))
    return train_test_split(idx, test_size=0.25, random_state=42, stratify=y if stratify else None)


def write_rows(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def ensemble_attributes(trees, leaf_weights, prefix):
    """The nodes_* attributes of a TreeEnsembleClassifier/Regressor for scikit-learn trees, and the leaves'
    weights as {prefix}_treeids, _nodeids, _ids, _weights; leaf_weights(tree, node) lists (id, weight) pairs."""
    a = {k: [] for k in ("nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                         "nodes_truenodeids", "nodes_falsenodeids", "nodes_missing_value_tracks_true",
                         prefix + "_treeids", prefix + "_nodeids", prefix + "_ids", prefix + "_weights")}
    for t, tr in enumerate(trees):
        for node in range(tr.node_count):
            leaf = tr.children_left[node] == -1
            a["nodes_treeids"].append(t)
            a["nodes_nodeids"].append(node)
            a["nodes_featureids"].append(0 if leaf else int(tr.feature[node]))
            a["nodes_values"].append(0.0 if leaf else float(tr.threshold[node]))
            a["nodes_modes"].append("LEAF" if leaf else "BRANCH_LEQ")
            a["nodes_truenodeids"].append(0 if leaf else int(tr.children_left[node]))
            a["nodes_falsenodeids"].append(0 if leaf else int(tr.children_right[node]))
            a["nodes_missing_value_tracks_true"].append(0)
            if leaf:
                for i, w in leaf_weights(tr, node):
                    a[prefix + "_treeids"].append(t)
                    a[prefix + "_nodeids"].append(node)
                    a[prefix + "_ids"].append(i)
                    a[prefix + "_weights"].append(float(w))
    return a


def pmml_nodes(tr, features, node, predicate, pad, node_xml):
    """A scikit-learn tree as nested PMML <Node>s; node_xml(tree, node) gives a node's attributes and content."""
    attributes, content = node_xml(tr, node)
    out = [pad + '<Node id="%d" %s>' % (node, attributes), pad + "  " + predicate]
    out += [pad + "  " + line for line in content]
    if tr.children_left[node] != -1:
        f = quoteattr(features[int(tr.feature[node])])
        thr = repr(float(tr.threshold[node]))
        for child, op in ((tr.children_left[node], "lessOrEqual"), (tr.children_right[node], "greaterThan")):
            out += pmml_nodes(tr, features, child,
                              '<SimplePredicate field=%s operator="%s" value="%s"/>' % (f, op, thr), pad + "  ",
                              node_xml)
    out.append(pad + "</Node>")
    return out


def used_features(tr, features):
    """The features a tree splits on, in data order."""
    used = {int(tr.feature[n]) for n in range(tr.node_count) if tr.children_left[n] != -1}
    return [features[i] for i in sorted(used)]


def save_onnx(graph, path, doc):
    """A graph as an ONNX file of IR version 8 with opsets 15 (default domain) and 3 (ai.onnx.ml), checked."""
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15), helper.make_opsetid("ai.onnx.ml", 3)],
                              producer_name="greenlight examples make_models.py", doc_string=doc)
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)
