// Command pulumi-language-python is a small Python language host for the Pulumi
// CLI that scripts/pulumi-cli builds from the Go module proxy.
//
// Why it exists: the upstream language host lives in its own, untagged Go module
// (github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3) and the Go
// module proxy reachable here does not serve any version of it. This host
// implements the part of the LanguageRuntime gRPC service that `pulumi
// preview/up/refresh/destroy/install/about` need for a Python program:
//
//   - Run: runs `<python> -u pulumi-language-python-exec ... <program>`, where
//     pulumi-language-python-exec is the runner script shipped in the sdk/v3
//     module zip (copied beside this binary by scripts/pulumi-cli).
//   - GetRequiredPackages: reports the provider plugins that installed Python
//     packages declare in their pulumi-plugin.json files.
//   - InstallDependencies: creates the virtualenv and installs requirements.txt
//     (toolchain pip only).
//   - RunPlugin: runs a Python plugin directory: a policy pack (PulumiPolicy.yaml,
//     `pulumi preview --policy-pack`) as `<python> -u -m pulumi.policy <engine>
//     <dir>`, any other plugin (PulumiPlugin.yaml) as `<python> -u <dir> <args>`.
//   - About, GetPluginInfo, Handshake.
//
// The Python interpreter is chosen from the project's runtime options
// (Pulumi.yaml `runtime.options`): `virtualenv` (relative paths are relative to
// the project root), `toolchain: uv` (virtualenv defaults to .venv) or
// `toolchain: poetry` (`poetry env info --path`); without a virtualenv it is
// $PULUMI_PYTHON_CMD, else python3, else python. Everything else
// (GeneratePackage, GenerateProject, Pack, Link, GetProgramDependencies, ...)
// answers Unimplemented.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	pbempty "google.golang.org/protobuf/types/known/emptypb"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/logging"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	"github.com/pulumi/pulumi/sdk/v3/go/common/version"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
)

// Exit code the exec script uses after it has already shown the user an error.
const bailExitCode = 32

// Name of the runner script that is shipped beside this binary.
const execScriptName = "pulumi-language-python-exec"

func main() {
	// Flags older engines passed; accepted and ignored apart from -tracing.
	tracing := flag.String("tracing", "", "Emit tracing to a Zipkin-compatible tracing endpoint")
	_ = flag.String("root", "", "Project root (unused)")
	_ = flag.String("virtualenv", "", "Unused; set runtime.options.virtualenv in Pulumi.yaml")
	_ = flag.String("toolchain", "", "Unused; set runtime.options.toolchain in Pulumi.yaml")
	_ = flag.String("typechecker", "", "Unused")
	flag.Parse()
	logging.InitLogging(false, 0, false)

	engineAddress := ""
	if args := flag.Args(); len(args) > 0 {
		engineAddress = args[0]
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cancelChannel := make(chan bool)
	go func() {
		<-ctx.Done()
		close(cancelChannel)
	}()
	if engineAddress != "" {
		// Exit when the engine goes away.
		if err := rpcutil.Healthcheck(ctx, engineAddress, 5*time.Minute, cancel); err != nil {
			fmt.Fprintf(os.Stderr, "pulumi-language-python: could not start health check: %v\n", err)
			os.Exit(1)
		}
	}

	host := &pythonHost{engineAddress: engineAddress, tracing: *tracing}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: cancelChannel,
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, host)
			return nil
		},
		Options: rpcutil.OpenTracingServerInterceptorOptions(nil),
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-python: could not start gRPC server: %v\n", err)
		os.Exit(1)
	}
	// The engine reads the port from the first line of stdout.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-python: gRPC server stopped: %v\n", err)
		os.Exit(1)
	}
}

type pythonHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer

	engineAddress string
	tracing       string
}

// ---------------------------------------------------------------------------
// Choosing the Python interpreter.

type runtimeOptions struct {
	toolchain  string // pip (default), uv or poetry
	virtualenv string // as written in Pulumi.yaml (may be relative)
}

func optionsOf(info *pulumirpc.ProgramInfo) runtimeOptions {
	opts := runtimeOptions{toolchain: "pip"}
	if info == nil || info.GetOptions() == nil {
		return opts
	}
	m := info.GetOptions().AsMap()
	if v, ok := m["toolchain"].(string); ok && v != "" {
		opts.toolchain = v
	}
	if v, ok := m["virtualenv"].(string); ok {
		opts.virtualenv = v
	}
	return opts
}

// python describes the interpreter a program runs with.
type python struct {
	cmd        string // executable to run
	virtualenv string // absolute virtualenv path, or "" for a system interpreter
}

// env returns the environment for running this interpreter: the virtualenv's
// bin directory first on PATH, VIRTUAL_ENV set and PYTHONHOME unset.
func (p python) env(base []string) []string {
	if p.virtualenv == "" {
		return base
	}
	out := make([]string, 0, len(base)+2)
	path := ""
	for _, kv := range base {
		switch {
		case strings.HasPrefix(kv, "PYTHONHOME="), strings.HasPrefix(kv, "VIRTUAL_ENV="):
			continue
		case strings.HasPrefix(kv, "PATH="):
			path = strings.TrimPrefix(kv, "PATH=")
			continue
		}
		out = append(out, kv)
	}
	bin := filepath.Join(p.virtualenv, "bin")
	if path != "" {
		path = bin + string(os.PathListSeparator) + path
	} else {
		path = bin
	}
	return append(out, "PATH="+path, "VIRTUAL_ENV="+p.virtualenv)
}

func rootDir(info *pulumirpc.ProgramInfo) string {
	if info != nil && info.GetRootDirectory() != "" {
		return info.GetRootDirectory()
	}
	if info != nil && info.GetProgramDirectory() != "" {
		return info.GetProgramDirectory()
	}
	wd, _ := os.Getwd()
	return wd
}

func programDir(info *pulumirpc.ProgramInfo) string {
	if info != nil && info.GetProgramDirectory() != "" {
		return info.GetProgramDirectory()
	}
	return rootDir(info)
}

// resolvePython picks the interpreter for a program. A configured virtualenv
// that does not exist is an error (unless allowMissing, used when creating it).
func resolvePython(ctx context.Context, info *pulumirpc.ProgramInfo, allowMissing bool) (python, error) {
	opts := optionsOf(info)
	venv := opts.virtualenv
	switch opts.toolchain {
	case "pip", "":
	case "uv":
		if venv == "" {
			venv = ".venv"
		}
	case "poetry":
		if venv == "" {
			cmd := exec.CommandContext(ctx, "poetry", "env", "info", "--path")
			cmd.Dir = programDir(info)
			out, err := cmd.Output()
			if err != nil {
				return python{}, fmt.Errorf("toolchain poetry: `poetry env info --path` failed: %w", err)
			}
			venv = strings.TrimSpace(string(out))
		}
	default:
		return python{}, fmt.Errorf("unsupported Python toolchain %q (this language host supports pip, uv and poetry)",
			opts.toolchain)
	}

	if venv == "" {
		if c := os.Getenv("PULUMI_PYTHON_CMD"); c != "" {
			return python{cmd: c}, nil
		}
		for _, c := range []string{"python3", "python"} {
			if p, err := exec.LookPath(c); err == nil {
				return python{cmd: p}, nil
			}
		}
		return python{}, errors.New("no Python interpreter found: install python3, set PULUMI_PYTHON_CMD, " +
			"or set runtime.options.virtualenv in Pulumi.yaml")
	}

	if !filepath.IsAbs(venv) {
		venv = filepath.Join(rootDir(info), venv)
	}
	venv = filepath.Clean(venv)
	exe := filepath.Join(venv, "bin", "python")
	if _, err := os.Stat(exe); err != nil && !allowMissing {
		if st, serr := os.Stat(venv); serr == nil && st.IsDir() {
			return python{}, fmt.Errorf("the 'virtualenv' option in Pulumi.yaml is set to %q, but %q doesn't "+
				"appear to be a virtual environment (no bin/python); run `pulumi install` or create it with "+
				"`python3 -m venv %s`", opts.virtualenv, venv, venv)
		}
		return python{}, fmt.Errorf("the 'virtualenv' option in Pulumi.yaml is set to %q, but %q doesn't "+
			"exist; run `pulumi install` or create it with `python3 -m venv %s`", opts.virtualenv, venv, venv)
	}
	return python{cmd: exe, virtualenv: venv}, nil
}

// execScript finds pulumi-language-python-exec beside this binary, else on PATH.
func execScript() (string, error) {
	if self, err := os.Executable(); err == nil {
		if resolved, err := filepath.EvalSymlinks(self); err == nil {
			self = resolved
		}
		candidate := filepath.Join(filepath.Dir(self), execScriptName)
		if _, err := os.Stat(candidate); err == nil {
			return candidate, nil
		}
	}
	if p, err := exec.LookPath(execScriptName); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%s not found beside the language host or on PATH", execScriptName)
}

// ---------------------------------------------------------------------------
// LanguageRuntime RPCs.

func (h *pythonHost) Handshake(
	ctx context.Context, req *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	if req.GetEngineAddress() != "" {
		h.engineAddress = req.GetEngineAddress()
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *pythonHost) GetPluginInfo(ctx context.Context, _ *pbempty.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version.Version}, nil
}

func (h *pythonHost) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	info := req.GetInfo()
	if info == nil {
		// Old engines: only the deprecated fields are set.
		info = &pulumirpc.ProgramInfo{
			RootDirectory:    req.GetPwd(),
			ProgramDirectory: req.GetPwd(),
			EntryPoint:       req.GetProgram(), //nolint:staticcheck
		}
	}
	py, err := resolvePython(ctx, info, false)
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}
	script, err := execScript()
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}

	pwd := req.GetPwd()
	if pwd == "" {
		pwd = programDir(info)
	}
	program := info.GetEntryPoint()
	if program == "" {
		program = "."
	}

	args := []string{"-u", script,
		"--monitor", req.GetMonitorAddress(),
		"--engine", h.engineAddress,
		"--project", req.GetProject(),
		"--stack", req.GetStack(),
		"--pwd", pwd,
		"--dry_run", strconv.FormatBool(req.GetDryRun()),
		"--parallel", strconv.Itoa(int(req.GetParallel())),
	}
	if h.tracing != "" {
		args = append(args, "--tracing", h.tracing)
	}
	if req.GetOrganization() != "" {
		args = append(args, "--organization", req.GetOrganization())
	}
	if info.GetRootDirectory() != "" {
		args = append(args, "--root_directory", info.GetRootDirectory())
	}
	args = append(args, program)
	args = append(args, req.GetArgs()...)

	env := py.env(os.Environ())
	if cfg := req.GetConfig(); len(cfg) > 0 {
		b, err := json.Marshal(cfg)
		if err != nil {
			return nil, err
		}
		env = append(env, "PULUMI_CONFIG="+string(b))
	}
	if keys := req.GetConfigSecretKeys(); len(keys) > 0 {
		b, err := json.Marshal(keys)
		if err != nil {
			return nil, err
		}
		env = append(env, "PULUMI_CONFIG_SECRET_KEYS="+string(b))
	}

	// Bound to the RPC: if the engine goes away (killed CLI), the program is killed instead of lingering.
	cmd := exec.CommandContext(ctx, py.cmd, args...)
	cmd.Dir = programDir(info)
	cmd.Env = env
	// The engine turns this process's stdout/stderr into messages.
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	logging.V(5).Infof("language host running %s %v in %s", py.cmd, args, cmd.Dir)
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			if exitErr.ExitCode() == bailExitCode {
				return &pulumirpc.RunResponse{Bail: true}, nil
			}
			return &pulumirpc.RunResponse{
				Error: fmt.Sprintf("Program exited with non-zero exit code: %d", exitErr.ExitCode()),
			}, nil
		}
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("could not run %s: %v", py.cmd, err)}, nil
	}
	return &pulumirpc.RunResponse{}, nil
}

// pluginScan prints the pulumi-plugin.json manifests of installed distributions
// as a JSON list. A manifest sits at the top of a package directory.
const pluginScan = `
import json, sys
from importlib import metadata
found = []
for dist in metadata.distributions():
    for f in dist.files or []:
        if f.name != "pulumi-plugin.json" or len(f.parts) != 2:
            continue
        try:
            found.append(json.loads(f.read_text()))
        except Exception:
            pass
json.dump(found, sys.stdout)
`

type pluginManifest struct {
	Resource         bool   `json:"resource"`
	Name             string `json:"name"`
	Version          string `json:"version"`
	Server           string `json:"server"`
	Parameterization *struct {
		Name    string `json:"name"`
		Version string `json:"version"`
		Value   string `json:"value"` // base64
	} `json:"parameterization"`
}

func (h *pythonHost) GetRequiredPackages(
	ctx context.Context, req *pulumirpc.GetRequiredPackagesRequest,
) (*pulumirpc.GetRequiredPackagesResponse, error) {
	resp := &pulumirpc.GetRequiredPackagesResponse{}
	py, err := resolvePython(ctx, req.GetInfo(), false)
	if err != nil {
		// Run reports the same problem with a clear message.
		logging.V(5).Infof("GetRequiredPackages: %v", err)
		return resp, nil
	}
	cmd := exec.CommandContext(ctx, py.cmd, "-c", pluginScan)
	cmd.Dir = programDir(req.GetInfo())
	cmd.Env = py.env(os.Environ())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		logging.V(5).Infof("GetRequiredPackages: plugin scan failed: %v: %s", err, stderr.String())
		return resp, nil
	}
	var manifests []pluginManifest
	if err := json.Unmarshal(out, &manifests); err != nil {
		logging.V(5).Infof("GetRequiredPackages: bad scan output: %v", err)
		return resp, nil
	}
	seen := map[string]bool{}
	for _, m := range manifests {
		if !m.Resource || m.Name == "" {
			continue
		}
		dep := &pulumirpc.PackageDependency{
			Kind:    "resource",
			Name:    m.Name,
			Version: m.Version,
			Server:  m.Server,
		}
		if p := m.Parameterization; p != nil {
			value, err := base64.StdEncoding.DecodeString(p.Value)
			if err != nil {
				logging.V(5).Infof("GetRequiredPackages: bad parameterization value for %s: %v", p.Name, err)
				continue
			}
			dep.Parameterization = &pulumirpc.PackageParameterization{
				Name: p.Name, Version: p.Version, Value: value,
			}
		}
		key := dep.Name + "@" + dep.Version
		if dep.Parameterization != nil {
			key += "/" + dep.Parameterization.Name + "@" + dep.Parameterization.Version
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		resp.Packages = append(resp.Packages, dep)
	}
	return resp, nil
}

func (h *pythonHost) GetRequiredPlugins(
	ctx context.Context, req *pulumirpc.GetRequiredPluginsRequest,
) (*pulumirpc.GetRequiredPluginsResponse, error) {
	pkgs, err := h.GetRequiredPackages(ctx, &pulumirpc.GetRequiredPackagesRequest{Info: req.GetInfo()})
	if err != nil {
		return nil, err
	}
	resp := &pulumirpc.GetRequiredPluginsResponse{}
	for _, p := range pkgs.GetPackages() {
		if p.GetParameterization() != nil {
			continue
		}
		resp.Plugins = append(resp.Plugins, &pulumirpc.PluginDependency{
			Name: p.GetName(), Kind: p.GetKind(), Version: p.GetVersion(), Server: p.GetServer(),
		})
	}
	return resp, nil
}

func (h *pythonHost) About(ctx context.Context, req *pulumirpc.AboutRequest) (*pulumirpc.AboutResponse, error) {
	py, err := resolvePython(ctx, req.GetInfo(), false)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, py.cmd, "--version")
	cmd.Env = py.env(os.Environ())
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("%s --version: %w", py.cmd, err)
	}
	resp := &pulumirpc.AboutResponse{
		Executable: py.cmd,
		Version:    strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(out)), "Python ")),
		Metadata:   map[string]string{"toolchain": optionsOf(req.GetInfo()).toolchain},
	}
	if py.virtualenv != "" {
		resp.Metadata["virtualenv"] = py.virtualenv
	}
	return resp, nil
}

func (h *pythonHost) InstallDependencies(
	req *pulumirpc.InstallDependenciesRequest, server pulumirpc.LanguageRuntime_InstallDependenciesServer,
) error {
	ctx := server.Context()
	info := req.GetInfo()
	if info == nil {
		info = &pulumirpc.ProgramInfo{RootDirectory: req.GetDirectory(), ProgramDirectory: req.GetDirectory()}
	}
	if tc := optionsOf(info).toolchain; tc != "pip" {
		return fmt.Errorf("InstallDependencies: toolchain %q is not supported by this language host; "+
			"install the dependencies with %s yourself", tc, tc)
	}
	closer, stdout, stderr, err := rpcutil.MakeInstallDependenciesStreams(server, req.GetIsTerminal())
	if err != nil {
		return err
	}
	defer closer.Close()

	run := func(dir string, env []string, name string, args ...string) error {
		fmt.Fprintf(stdout, "$ %s %s\n", name, strings.Join(args, " "))
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir = dir
		cmd.Env = env
		cmd.Stdout = stdout
		cmd.Stderr = stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
		}
		return nil
	}

	py, err := resolvePython(ctx, info, true)
	if err != nil {
		return err
	}
	dir := programDir(info)
	if py.virtualenv != "" {
		if _, err := os.Stat(py.cmd); err != nil {
			base := os.Getenv("PULUMI_PYTHON_CMD")
			if base == "" {
				base = "python3"
			}
			if err := run(dir, os.Environ(), base, "-m", "venv", py.virtualenv); err != nil {
				return err
			}
		}
	}
	reqTxt := filepath.Join(dir, "requirements.txt")
	if _, err := os.Stat(reqTxt); err != nil {
		fmt.Fprintf(stdout, "no requirements.txt in %s; nothing to install\n", dir)
		return nil
	}
	return run(dir, py.env(os.Environ()), py.cmd, "-m", "pip", "install", "-r", reqTxt)
}

func (h *pythonHost) RunPlugin(
	req *pulumirpc.RunPluginRequest, server pulumirpc.LanguageRuntime_RunPluginServer,
) error {
	ctx := server.Context()
	info := req.GetInfo()
	if info == nil {
		dir := req.GetProgram() //nolint:staticcheck
		info = &pulumirpc.ProgramInfo{RootDirectory: dir, ProgramDirectory: dir, EntryPoint: "."}
	}
	py, err := resolvePython(ctx, info, false)
	if err != nil {
		return err
	}
	dir := programDir(info)
	var args []string
	if req.GetKind() == "analyzer" {
		// pulumi.policy takes <engine address> <program>.
		args = append([]string{"-u", "-m", "pulumi.policy"}, req.GetArgs()...)
		args = append(args, dir)
	} else {
		args = append([]string{"-u", dir}, req.GetArgs()...)
	}

	closer, stdout, stderr, err := rpcutil.MakeRunPluginStreams(server, false)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, py.cmd, args...)
	cmd.Dir = req.GetPwd()
	if cmd.Dir == "" {
		cmd.Dir = dir
	}
	// Later entries win, so the engine's variables override ours.
	cmd.Env = append(py.env(os.Environ()), req.GetEnv()...)
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	logging.V(5).Infof("language host running plugin %s %v in %s", py.cmd, args, cmd.Dir)
	runErr := cmd.Run()
	if err := closer.Close(); err != nil {
		return err
	}
	code := 0
	if runErr != nil {
		var exitErr *exec.ExitError
		if !errors.As(runErr, &exitErr) {
			return fmt.Errorf("could not run plugin with %s: %w", py.cmd, runErr)
		}
		code = exitErr.ExitCode()
	}
	return server.Send(&pulumirpc.RunPluginResponse{
		Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: int32(code)},
	})
}
