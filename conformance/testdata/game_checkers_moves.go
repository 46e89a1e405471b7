package main

import (
	"fmt"
	"slices"
	"strings"
)

type Sq struct{ R, C int }

func (s Sq) String() string { return fmt.Sprintf("%c%d", 'a'+s.C, 8-s.R) }
func (s Sq) On() bool       { return s.R >= 0 && s.R < 8 && s.C >= 0 && s.C < 8 }

type Move struct {
	Path     []Sq
	Captured []Sq
}

func (m Move) String() string {
	sep := "-"
	if len(m.Captured) > 0 {
		sep = "x"
	}
	parts := make([]string, len(m.Path))
	for i, s := range m.Path {
		parts[i] = s.String()
	}
	return strings.Join(parts, sep)
}

type Board [8][8]byte

func owner(p byte) byte {
	if p == '.' {
		return 0
	}
	return p | 0x20 // the lower-case letter names the side
}

var dirs = map[byte][][2]int{
	'r': {{-1, -1}, {-1, 1}},
	'b': {{1, -1}, {1, 1}},
	'R': {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}},
	'B': {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}},
}

func promotes(p byte, s Sq) bool { return (p == 'r' && s.R == 0) || (p == 'b' && s.R == 7) }

func (b *Board) at(s Sq) byte { return b[s.R][s.C] }

func (b *Board) jumps(from Sq, piece byte, path, caps []Sq, out *[]Move) {
	found := false
	for _, d := range dirs[piece] {
		mid, land := Sq{from.R + d[0], from.C + d[1]}, Sq{from.R + 2*d[0], from.C + 2*d[1]}
		if !land.On() || b.at(land) != '.' || slices.Contains(caps, mid) {
			continue
		}
		if o := owner(b.at(mid)); o == 0 || o == owner(piece) {
			continue
		}
		found = true
		p, c := append(slices.Clone(path), land), append(slices.Clone(caps), mid)
		if promotes(piece, land) {
			*out = append(*out, Move{p, c}) // crowning ends the turn
			continue
		}
		b.jumps(land, piece, p, c, out)
	}
	if !found && len(caps) > 0 {
		*out = append(*out, Move{path, caps})
	}
}

// Moves lists legal moves for a side; captures are mandatory.
func (b *Board) Moves(side byte) []Move {
	var jumps, steps []Move
	for r := range 8 {
		for c := range 8 {
			from := Sq{r, c}
			piece := b.at(from)
			if owner(piece) != side {
				continue
			}
			b[r][c] = '.' // the moving piece leaves its square
			b.jumps(from, piece, []Sq{from}, nil, &jumps)
			b[r][c] = piece
			for _, d := range dirs[piece] {
				to := Sq{r + d[0], c + d[1]}
				if to.On() && b.at(to) == '.' {
					steps = append(steps, Move{Path: []Sq{from, to}})
				}
			}
		}
	}
	if len(jumps) > 0 {
		return jumps
	}
	return steps
}

func (b *Board) Apply(m Move) {
	from, to := m.Path[0], m.Path[len(m.Path)-1]
	piece := b.at(from)
	b[from.R][from.C] = '.'
	for _, c := range m.Captured {
		b[c.R][c.C] = '.'
	}
	if promotes(piece, to) {
		piece -= 'a' - 'A'
	}
	b[to.R][to.C] = piece
}

func (b *Board) Print() {
	for r, row := range b {
		fmt.Printf("%d %s\n", 8-r, string(row[:]))
	}
	fmt.Println("  abcdefgh")
}

func main() {
	var b Board
	layout := "........ ..b.b... ........ ..b.b... ...r.... ........ .r...r.. R......."
	for r, line := range strings.Fields(layout) {
		copy(b[r][:], line)
	}
	b.Print()
	side := byte('r')
	for ply := 1; ply <= 4; ply++ {
		moves := b.Moves(side)
		if len(moves) == 0 {
			fmt.Printf("%c has no moves and loses\n", side)
			break
		}
		fmt.Printf("ply %d, %c to move: %v\n", ply, side, moves)
		pick := moves[0]
		fmt.Printf("  plays %v capturing %d\n", pick, len(pick.Captured))
		b.Apply(pick)
		side = map[byte]byte{'r': 'b', 'b': 'r'}[side]
	}
	b.Print()
}
