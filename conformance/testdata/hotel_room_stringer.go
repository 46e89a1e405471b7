package main

import "fmt"

type RoomType int

const (
	Single RoomType = iota
	Double
	Suite
	Penthouse
)

func (t RoomType) String() string {
	switch t {
	case Single:
		return "Single"
	case Double:
		return "Double"
	case Suite:
		return "Suite"
	case Penthouse:
		return "Penthouse"
	}
	return fmt.Sprintf("RoomType(%d)", int(t))
}

type Room struct {
	Number   int
	Floor    int
	Kind     RoomType
	Rate     float64
	Occupied bool
}

// Label uses a value receiver: it only reads the room.
func (r Room) Label() string {
	return fmt.Sprintf("#%d (%v, floor %d)", r.Number, r.Kind, r.Floor)
}

// CheckIn uses a pointer receiver because it modifies the room.
func (r *Room) CheckIn() error {
	if r.Occupied {
		return fmt.Errorf("room %d is already occupied", r.Number)
	}
	r.Occupied = true
	return nil
}

func (r *Room) CheckOut() {
	r.Occupied = false
}

func main() {
	rooms := []Room{
		{Number: 101, Floor: 1, Kind: Single, Rate: 89.5},
		{Number: 204, Floor: 2, Kind: Double, Rate: 129},
		{Number: 310, Floor: 3, Kind: Suite, Rate: 249.99},
		{Number: 901, Floor: 9, Kind: Penthouse, Rate: 799},
	}

	for _, r := range rooms {
		fmt.Println(r.Label())
	}

	r := &rooms[1]
	fmt.Printf("%%v:  %v\n", *r)
	fmt.Printf("%%+v: %+v\n", *r)
	fmt.Printf("%%#v: %#v\n", *r)
	fmt.Printf("%%T:  %T / %T\n", *r, r.Kind)
	fmt.Printf("%%d of kind: %d, %%s of kind: %s\n", r.Kind, r.Kind)

	if err := r.CheckIn(); err != nil {
		fmt.Println("error:", err)
	}
	if err := r.CheckIn(); err != nil {
		fmt.Println("error:", err)
	}
	r.CheckOut()
	fmt.Println("after checkout occupied =", rooms[1].Occupied)

	unknown := RoomType(7)
	fmt.Println("unknown kind prints as", unknown)
	fmt.Printf("rate column: [%8.2f] [%-8.2f] [%08.2f]\n", rooms[2].Rate, rooms[2].Rate, rooms[0].Rate)
}
