package processes

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"testing"
)

type celsius int

type loud int

func (l loud) MarshalJSON() ([]byte, error) { return []byte(`"` + strconv.Itoa(int(l)) + `!"`), nil }

// The number fast path gives what encoding/json gives, or steps aside.
func TestNumbersMatchEncodingJSON(t *testing.T) {
	cases := []any{
		[]int{}, []int{0, -1, 1 << 62, math.MinInt64},
		[]int8{-128, 127}, []uint16{0, 65535}, []uint64{math.MaxUint64},
		[]float64{0, -0.5, 1e21, 1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64},
		[]float32{0.1, 3.4e38}, []celsius{-40, 100},
	}
	for _, c := range cases {
		v := reflect.ValueOf(c)
		b, ok := encodeNumbers(v)
		if !ok {
			t.Errorf("%T: fast encoding refused", c)
			continue
		}
		want := reflect.New(v.Type())
		if err := json.Unmarshal(b, want.Interface()); err != nil {
			t.Errorf("%T: %s is not valid JSON for it: %v", c, b, err)
			continue
		}
		if !reflect.DeepEqual(want.Elem().Interface(), c) && v.Len() > 0 {
			t.Errorf("%T: %s decodes by encoding/json to %v, want %v", c, b, want.Elem(), c)
		}
		std, _ := json.Marshal(c)
		got, ok := decodeNumbers(std, v.Type())
		if !ok {
			t.Errorf("%T: fast decoding of %s refused", c, std)
			continue
		}
		if got.Len() != v.Len() || v.Len() > 0 && !reflect.DeepEqual(got.Interface(), c) {
			t.Errorf("%T: %s decodes to %v, want %v", c, std, got, c)
		}
	}
	refused := []any{[]byte{1, 2}, []loud{1}, []float64{math.NaN()}, []float64{math.Inf(1)}, []string{"a"}, []any{1}}
	for _, c := range refused {
		if _, ok := encodeNumbers(reflect.ValueOf(c)); ok {
			t.Errorf("%T %v: fast encoding should step aside", c, c)
		}
	}
	badJSON := map[string]reflect.Type{
		`[1,2.5]`: reflect.TypeOf([]int{}), `[300]`: reflect.TypeOf([]int8{}), `[-1]`: reflect.TypeOf([]uint{}),
		`[null]`: reflect.TypeOf([]int{}), `[Inf]`: reflect.TypeOf([]float64{}), `[0x10]`: reflect.TypeOf([]float64{}),
		`{"a":1}`: reflect.TypeOf([]int{}), `["1"]`: reflect.TypeOf([]int{}),
	}
	for in, typ := range badJSON {
		if _, ok := decodeNumbers([]byte(in), typ); ok {
			t.Errorf("%s as %s: fast decoding should step aside", in, typ)
		}
	}
}

// The binary encoding of a batch stands exactly for its JSON: decoded into
// the same type it gives the values back; into another type it decodes
// as the JSON would, or steps aside to JSON, which decides.
func TestBinaryNumbersStandForTheirJSON(t *testing.T) {
	cases := []any{
		[]int{0, -1, 1 << 62, math.MinInt64}, []int8{-128, 127}, []uint16{0, 65535},
		[]uint64{math.MaxUint64}, []float64{0, -0.5, 1e21, 1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64},
		[]celsius{-40, 100},
	}
	into := []reflect.Type{reflect.TypeOf([]int{}), reflect.TypeOf([]int8{}), reflect.TypeOf([]uint{}),
		reflect.TypeOf([]float64{}), reflect.TypeOf([]float32{}), reflect.TypeOf([]celsius{}), reflect.TypeOf([]any{})}
	for _, c := range cases {
		v := reflect.ValueOf(c)
		b, enc, ok := encodeBinary(v)
		if !ok {
			t.Errorf("%T: binary encoding refused", c)
			continue
		}
		std, _ := json.Marshal(c)
		var fromBinary, fromJSON []any
		json.Unmarshal(binaryJSON(b, enc), &fromBinary)
		json.Unmarshal(std, &fromJSON)
		if !reflect.DeepEqual(fromBinary, fromJSON) {
			t.Errorf("%T: binary stands for %s, JSON is %s", c, binaryJSON(b, enc), std)
		}
		if got, ok := decodeBinary(b, enc, v.Type()); !ok || !reflect.DeepEqual(got.Interface(), c) {
			t.Errorf("%T: binary decodes to %v (%v), want %v", c, got, ok, c)
		}
		for _, typ := range into {
			want := reflect.New(typ)
			jerr := json.Unmarshal(std, want.Interface())
			got, ok := decodeBinary(b, enc, typ)
			if ok && (jerr != nil || !reflect.DeepEqual(got.Interface(), want.Elem().Interface())) {
				t.Errorf("%T into %s: binary gives %v, JSON %v (%v)", c, typ, got, want.Elem(), jerr)
			}
		}
	}
	for _, c := range []any{[]byte{1}, []float32{0.1}, []float64{math.NaN()}, []loud{1}, []string{"a"}} {
		if _, _, ok := encodeBinary(reflect.ValueOf(c)); ok {
			t.Errorf("%T %v: binary encoding should step aside", c, c)
		}
	}
}

// Results boxed in place are the same interface values as boxed by Go,
// and stay so after the garbage collector ran.
func TestNumberBoxer(t *testing.T) {
	for _, c := range []any{[]int{0, 255, 256, -1 << 40}, []int8{-3, 4}, []uint32{7, 1 << 31}, []float64{0.5, -1e300}, []celsius{21}} {
		v := reflect.ValueOf(c)
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(s, v)
		box, ok := numberBoxer(s)
		if !ok {
			t.Fatalf("%T: refused", c)
		}
		boxed := make([]any, v.Len())
		for i := range boxed {
			boxed[i] = box(i)
		}
		s = reflect.Value{}
		runtime.GC()
		for i, b := range boxed {
			if want := v.Index(i).Interface(); b != want || fmt.Sprint(b) != fmt.Sprint(want) || reflect.TypeOf(b) != reflect.TypeOf(want) {
				t.Errorf("%T[%d]: boxed %v (%T), want %v (%T)", c, i, b, b, want, want)
			}
		}
	}
	if _, ok := numberBoxer(reflect.ValueOf([]string{"a"})); ok {
		t.Error("strings boxed in place")
	}
}
