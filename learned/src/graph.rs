//! Crystal graphs: "which atoms does each atom see, and how far away are they?"
//!
//! A [`CrystalGraph`] is built from the periodic neighbour list ([`neighbor_list`]): one node per
//! site row and one directed edge `centre <- neighbour` per neighbour image within `cutoff` (Å),
//! keeping for each centre its `max_neighbors` nearest plus every neighbour tied with the last
//! kept one (distances within [`TIE_TOLERANCE`]), so symmetry-equivalent neighbours are kept or
//! dropped together and a rotation, origin shift, site permutation or supercell gives the same
//! multiset of edges around every atom. Rows of one disordered site (closer than 1e-3 Å) are not
//! neighbours.
//!
//! A [`GraphBatch`] concatenates graphs: node and edge arrays end to end, edge indices shifted by
//! the node offset of their graph, and `graph_of_node` telling which graph each node belongs to,
//! so one forward pass handles the whole batch with gathers and scatter-adds.

use crystaldb::structure::{neighbor_list, Structure};
use crystaldb::{Error, Result};

/// Neighbours whose distance is within this of the last kept neighbour's are kept too (Å).
pub const TIE_TOLERANCE: f64 = 1e-4;

/// Rows closer than this are one disordered site, not neighbours (Å).
const SAME_SITE: f64 = 1e-3;

/// The graph of one crystal.
#[derive(Debug, Clone, PartialEq)]
pub struct CrystalGraph {
    /// Atomic number of each node (site row).
    pub species: Vec<u8>,
    /// Occupancy of each node.
    pub occupancy: Vec<f32>,
    /// Centre node of each edge (messages flow neighbour -> centre).
    pub center: Vec<u32>,
    /// Neighbour node of each edge.
    pub neighbor: Vec<u32>,
    /// Edge length (Å).
    pub distance: Vec<f32>,
    /// Cartesian vector from the centre to the neighbour's image (Å).
    pub vector: Vec<[f32; 3]>,
}

impl CrystalGraph {
    /// The graph of `s`: neighbours within `cutoff` Å, at most `max_neighbors` per centre (plus
    /// ties).
    pub fn new(s: &Structure, cutoff: f64, max_neighbors: usize) -> Result<Self> {
        if s.sites.is_empty() {
            return Err(Error::invalid("structure has no sites"));
        }
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), cutoff)?;
        let n = s.nsites();
        let mut per_center: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (k, p) in pairs.iter().enumerate() {
            if p.distance >= SAME_SITE {
                per_center[p.i].push(k);
            }
        }
        let mut g = CrystalGraph {
            species: s.species(),
            occupancy: s.sites.iter().map(|x| x.occupancy as f32).collect(),
            center: Vec::new(),
            neighbor: Vec::new(),
            distance: Vec::new(),
            vector: Vec::new(),
        };
        for (i, mut ks) in per_center.into_iter().enumerate() {
            // Stable: ties keep the neighbour list's (j, image) order.
            ks.sort_by(|a, b| pairs[*a].distance.total_cmp(&pairs[*b].distance));
            let keep = if ks.len() > max_neighbors && max_neighbors > 0 {
                let last = pairs[ks[max_neighbors - 1]].distance;
                ks.iter().take_while(|k| pairs[**k].distance <= last + TIE_TOLERANCE).count()
            } else {
                ks.len()
            };
            for &k in &ks[..keep] {
                let p = &pairs[k];
                g.center.push(i as u32);
                g.neighbor.push(p.j as u32);
                g.distance.push(p.distance as f32);
                g.vector.push([p.vector[0] as f32, p.vector[1] as f32, p.vector[2] as f32]);
            }
        }
        Ok(g)
    }

    /// Number of nodes.
    pub fn num_nodes(&self) -> usize {
        self.species.len()
    }

    /// Number of directed edges.
    pub fn num_edges(&self) -> usize {
        self.center.len()
    }
}

/// Graphs concatenated for one forward pass (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GraphBatch {
    /// Number of graphs.
    pub num_graphs: usize,
    /// Atomic number of each node (0 = masked).
    pub species: Vec<u8>,
    /// Occupancy of each node.
    pub occupancy: Vec<f32>,
    /// Graph of each node.
    pub graph_of_node: Vec<u32>,
    /// Centre node of each edge (batch numbering).
    pub center: Vec<u32>,
    /// Neighbour node of each edge (batch numbering).
    pub neighbor: Vec<u32>,
    /// Edge length (Å).
    pub distance: Vec<f32>,
    /// Centre-to-neighbour vector of each edge (Å), row-major `E x 3`.
    pub vector: Vec<f32>,
    /// Index of the first node of each graph, plus the total at the end.
    pub node_offsets: Vec<usize>,
}

impl GraphBatch {
    /// Concatenate `graphs`.
    pub fn new<'a>(graphs: impl IntoIterator<Item = &'a CrystalGraph>) -> Self {
        let mut b = GraphBatch { node_offsets: vec![0], ..Default::default() };
        for g in graphs {
            let off = b.species.len() as u32;
            b.species.extend_from_slice(&g.species);
            b.occupancy.extend_from_slice(&g.occupancy);
            b.graph_of_node.extend(std::iter::repeat_n(b.num_graphs as u32, g.num_nodes()));
            b.center.extend(g.center.iter().map(|c| c + off));
            b.neighbor.extend(g.neighbor.iter().map(|c| c + off));
            b.distance.extend_from_slice(&g.distance);
            b.vector.extend(g.vector.iter().flatten());
            b.num_graphs += 1;
            b.node_offsets.push(b.species.len());
        }
        b
    }

    /// Number of nodes.
    pub fn num_nodes(&self) -> usize {
        self.species.len()
    }

    /// Number of edges.
    pub fn num_edges(&self) -> usize {
        self.center.len()
    }

    /// Keep only the edges for which `keep(e)` is true.
    pub fn retain_edges(&mut self, keep: impl Fn(usize) -> bool) {
        let idx: Vec<usize> = (0..self.num_edges()).filter(|e| keep(*e)).collect();
        self.center = idx.iter().map(|&e| self.center[e]).collect();
        self.neighbor = idx.iter().map(|&e| self.neighbor[e]).collect();
        self.distance = idx.iter().map(|&e| self.distance[e]).collect();
        self.vector = idx.iter().flat_map(|&e| self.vector[3 * e..3 * e + 3].to_vec()).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::encode::invariance::prototypes;

    #[test]
    fn rock_salt_has_six_nearest_neighbours_of_the_other_element() {
        let nacl = prototypes().into_iter().find(|p| p.0 == "NaCl rock salt").unwrap().1;
        let g = CrystalGraph::new(&nacl, 3.0, 12).unwrap();
        assert_eq!(g.num_edges(), 12);
        for e in 0..g.num_edges() {
            assert!((g.distance[e] - 2.82).abs() < 1e-3);
            assert_ne!(g.species[g.center[e] as usize], g.species[g.neighbor[e] as usize]);
        }
        // max_neighbors = 4 keeps all 6 (tied) neighbours.
        assert_eq!(CrystalGraph::new(&nacl, 6.0, 4).unwrap().num_edges(), 12);
    }

    #[test]
    fn batches_shift_edge_indices() {
        let nacl = prototypes().into_iter().find(|p| p.0 == "NaCl rock salt").unwrap().1;
        let g = CrystalGraph::new(&nacl, 3.0, 12).unwrap();
        let b = GraphBatch::new([&g, &g]);
        assert_eq!(b.num_nodes(), 4);
        assert_eq!(b.graph_of_node, vec![0, 0, 1, 1]);
        assert_eq!(b.node_offsets, vec![0, 2, 4]);
        assert!(b.center[12..].iter().all(|&c| c >= 2));
        assert_eq!(b.vector.len(), 3 * b.num_edges());
    }
}
