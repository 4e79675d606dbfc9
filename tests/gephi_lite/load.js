// Load a GEXF or GraphML file with Gephi Lite's loaders (graphology-gexf / -graphml) and
// print what a user would see: node and edge counts, isolated nodes, types, attributes.
const fs = require("fs");
const Graph = require("graphology");
const [, , path] = process.argv;
const text = fs.readFileSync(path, "utf8");
const parser = path.endsWith(".gexf") ? require("graphology-gexf") : require("graphology-graphml");
const graph = parser.parse(Graph, text);
let isolated = 0;
const types = {};
const figureWithoutValue = [];
const entityWithValue = [];
graph.forEachNode((node, attrs) => {
  if (graph.degree(node) === 0) isolated += 1;
  types[attrs.type] = (types[attrs.type] || 0) + 1;
  if (attrs.type === "Figure" && typeof attrs.value !== "number") figureWithoutValue.push(node);
  if (attrs.type !== "Figure" && attrs.value !== undefined) entityWithValue.push(node);
});
const labels = new Set();
graph.forEachEdge((edge, attrs) => labels.add(attrs.label));
console.log(JSON.stringify({
  nodes: graph.order, edges: graph.size, isolated, types,
  edgeLabels: [...labels].sort(), figureWithoutValue: figureWithoutValue.length,
  entityWithValue: entityWithValue.length,
  sample: graph.order ? graph.getNodeAttributes(graph.nodes()[0]) : null,
}));
