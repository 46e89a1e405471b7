package main

import (
	"fmt"
	"strings"
)

// Location is shared by every station type.
type Location struct {
	Lat, Lon  float64
	Elevation int
}

func (l Location) Coords() string {
	ns, ew := "N", "E"
	lat, lon := l.Lat, l.Lon
	if lat < 0 {
		ns, lat = "S", -lat
	}
	if lon < 0 {
		ew, lon = "W", -lon
	}
	return fmt.Sprintf("%.3f%s %.3f%s", lat, ns, lon, ew)
}

// Base holds common station state.
type Base struct {
	ID string
	Location
	readings int
}

func (b *Base) Record()         { b.readings++ }
func (b Base) Readings() int    { return b.readings }
func (b Base) Describe() string { return fmt.Sprintf("%s at %s, %dm", b.ID, b.Coords(), b.Elevation) }

// Coastal stations also track tide and sea temperature.
type Coastal struct {
	Base
	SeaTempC float64
}

// Mountain stations override Describe and add snow depth.
type Mountain struct {
	Base
	SnowCm int
}

func (m Mountain) Describe() string {
	return m.Base.Describe() + fmt.Sprintf(" [snow %dcm]", m.SnowCm)
}

type Describer interface {
	Describe() string
	Readings() int
}

func main() {
	c := &Coastal{
		Base:     Base{ID: "CST-01", Location: Location{Lat: 47.6062, Lon: -122.3321, Elevation: 5}},
		SeaTempC: 11.4,
	}
	m := &Mountain{
		Base:   Base{ID: "MTN-07", Location: Location{Lat: 46.8523, Lon: -121.7603, Elevation: 1647}},
		SnowCm: 230,
	}

	for range 3 {
		c.Record()
	}
	m.Record()

	fmt.Println("elevation via promotion:", c.Elevation, m.Elevation)
	fmt.Println("coords via promotion:", c.Coords())
	fmt.Println("sea temp:", c.SeaTempC)

	stations := []Describer{c, m}
	for _, s := range stations {
		fmt.Printf("%-45s readings=%d\n", s.Describe(), s.Readings())
	}

	fmt.Println("mountain base only:", m.Base.Describe())
	fmt.Printf("%+v\n", c.Base.Location)

	south := Base{ID: "ANT-99", Location: Location{Lat: -77.846, Lon: 166.676, Elevation: 24}}
	fmt.Println(south.Describe())
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("%T / %T\n", c.Base, m.Location)
}
